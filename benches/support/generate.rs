//! Generated decks for benchmarks and stress tests: many slides of every kind, with real images
//! and CSV tables written beside them. Shared by `benches/`, `tests/` and
//! `examples/generate_deck.rs` through `#[path]`.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// Distinct illustrations the generated slides cycle through.
pub const IMAGES: usize = 8;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Number of slides.
    pub slides: usize,
    /// Pixel size of the generated images.
    pub image_size: (u32, u32),
    /// Every slide is one photograph (each its own file) instead of a mix of kinds.
    pub photos_only: bool,
}

impl Spec {
    /// A mix of every slide kind, with 1600×900 images.
    pub fn mixed(slides: usize) -> Spec {
        Spec {
            slides,
            image_size: (1600, 900),
            photos_only: false,
        }
    }

    /// One full-screen photograph per slide, each its own file of `w`×`h` pixels (JPEG).
    pub fn photos(slides: usize, w: u32, h: u32) -> Spec {
        Spec {
            slides,
            image_size: (w, h),
            photos_only: true,
        }
    }
}

/// An image with smooth colour fields and some texture, so PNG and JPEG compress realistically.
fn picture(seed: usize, w: u32, h: u32) -> image::RgbImage {
    let s = seed as u32;
    image::RgbImage::from_fn(w, h, |x, y| {
        let noise = (x.wrapping_mul(73_856_093) ^ y.wrapping_mul(19_349_663) ^ s.wrapping_mul(83_492_791)) % 23;
        image::Rgb([
            ((x * 255 / w.max(1)) as u8).wrapping_add((s * 40) as u8) ^ noise as u8,
            ((y * 255 / h.max(1)) as u8).wrapping_add((s * 90) as u8),
            (((x + y) * 128 / (w + h).max(1)) as u8).wrapping_add((s * 17) as u8) ^ (noise as u8 * 2),
        ])
    })
}

fn write_image(path: &Path, seed: usize, (w, h): (u32, u32), format: image::ImageFormat) -> std::io::Result<()> {
    let mut bytes = Vec::new();
    picture(seed, w, h)
        .write_to(&mut Cursor::new(&mut bytes), format)
        .map_err(std::io::Error::other)?;
    std::fs::write(path, bytes)
}

/// Writes a deck and its assets into `dir` (created); returns the deck file's path.
pub fn write_deck(dir: &Path, spec: &Spec) -> std::io::Result<PathBuf> {
    let images = dir.join("assets/images");
    let data = dir.join("assets/data");
    std::fs::create_dir_all(&images)?;
    std::fs::create_dir_all(&data)?;
    let mut ron = String::from(
        "Deck(\n    title: \"Deck généré\",\n    author: \"estrade\",\n    event: \"Banc d'essai\",\n    lang: \"fr-CA\",\n    theme: \"ceap\",\n    slides: [\n",
    );
    if spec.photos_only {
        // A few distinct JPEGs, copied so every slide has its own file (nothing shared in caches).
        let distinct = spec.slides.clamp(1, 4);
        for k in 0..distinct {
            write_image(
                &images.join(format!("photo-{k:04}.jpg")),
                k,
                spec.image_size,
                image::ImageFormat::Jpeg,
            )?;
        }
        for k in distinct..spec.slides {
            std::fs::copy(
                images.join(format!("photo-{:04}.jpg", k % distinct)),
                images.join(format!("photo-{k:04}.jpg")),
            )?;
        }
        for k in 0..spec.slides {
            let _ = writeln!(
                ron,
                "        Image(id: \"photo-{k}\", title: \"Photographie {k}\", image: (src: \"images/photo-{k:04}.jpg\", alt: \"Photographie numéro {k}\", credit: \"Banc d'essai\", fit: Cover), notes: \"Photo {k}.\"),"
            );
        }
    } else {
        for k in 0..IMAGES {
            write_image(
                &images.join(format!("image-{k}.png")),
                k,
                spec.image_size,
                image::ImageFormat::Png,
            )?;
        }
        let mut csv = String::from("Ville,Pays,Année,Organisations\n");
        for r in 0..12 {
            let _ = writeln!(csv, "Ville {r},Pays {},{},{}", r % 5, 1950 + r * 6, r * 3 + 1);
        }
        std::fs::write(data.join("villes.csv"), csv)?;
        for k in 0..spec.slides {
            ron.push_str(&slide(k));
        }
    }
    ron.push_str("    ],\n)\n");
    let path = dir.join("talk.ron");
    std::fs::write(&path, ron)?;
    Ok(path)
}

/// One slide of the mix: the kind cycles with `k`.
fn slide(k: usize) -> String {
    let img = k % IMAGES;
    let notes =
        format!("notes: \"Notes de la diapositive {k} : ce qu'il faut dire, avec des « guillemets » et des accents.\"");
    match k % 10 {
        0 => format!(
            "        Section(id: \"s{k}\", title: \"Partie {k}\", subtitle: \"Sous-titre de la partie\", {notes}),\n"
        ),
        1 => format!(
            "        Bullets(id: \"s{k}\", title: \"Liste {k} : diplomatie municipale\", items: \"\n            - Premier point avec du **gras** et de l'*italique*\n              - Sous-point détaillé qui prend un peu de place sur la ligne\n              - Autre sous-point\n            - Deuxième point : une phrase plus longue pour forcer un retour à la ligne dans la colonne\n            - Troisième point, avec un lien <https://example.org/{k}>\n        \", steps: true, {notes}),\n"
        ),
        2 => format!(
            "        Image(id: \"s{k}\", title: \"Image {k}\", image: (src: \"images/image-{img}.png\", alt: \"Illustration {img}\", caption: \"Légende de l'image {k}\", credit: \"Auteur (2024)\"), {notes}),\n"
        ),
        3 => format!(
            "        Table(id: \"s{k}\", title: \"Tableau {k}\", csv: \"data/villes.csv\", caption: \"Données générées\", {notes}),\n"
        ),
        4 => format!(
            "        Quote(id: \"s{k}\", text: \"Les villes sont déjà bien engagées sur la scène internationale, et ce depuis longtemps.\", author: \"Autrice {k}\", role: \"Professeure\", {notes}),\n"
        ),
        5 => format!(
            "        Columns(id: \"s{k}\", title: \"Colonnes {k}\", columns: [Column(heading: \"Gauche\", items: \"- Un\\n- Deux\\n- Trois\"), Column(heading: \"Droite\", image: (src: \"images/image-{img}.png\", alt: \"Illustration\"))], {notes}),\n"
        ),
        6 => format!(
            "        Gallery(id: \"s{k}\", title: \"Galerie {k}\", images: [(src: \"images/image-{}.png\", alt: \"A\", caption: \"Première\"), (src: \"images/image-{}.png\", alt: \"B\", caption: \"Deuxième\"), (src: \"images/image-{}.png\", alt: \"C\", caption: \"Troisième\")], {notes}),\n",
            img,
            (img + 1) % IMAGES,
            (img + 2) % IMAGES
        ),
        7 => format!(
            "        Text(id: \"s{k}\", title: \"Texte {k}\", body: \"Conséquence de courants comme la mondialisation, la révolution informationnelle et la décentralisation, la diplomatie municipale est un phénomène en pleine expansion.\\n\\nToutefois, c'est un « portrait varié » qui se dessine au Québec (Marquis-Bissonnette, 2023, p. 5).\", {notes}),\n"
        ),
        8 => format!(
            "        References(id: \"s{k}\", title: \"Références {k}\", entries: [\"Amiri, S. et Sevin, E. (2020). *City Diplomacy*, Palgrave Macmillan, 362 p.\", \"Viltard, Y. (2010). « Diplomatie des villes », *Revue internationale de politique comparée*. <https://example.org/ref/{k}>\"], {notes}),\n"
        ),
        _ => format!(
            "        Table(id: \"s{k}\", title: \"Petit tableau {k}\", header: [\"Ville\", \"Rôle\"], rows: [[\"Montréal\", \"Métropole\"], [\"Québec\", \"Capitale\"]], {notes}),\n"
        ),
    }
}
