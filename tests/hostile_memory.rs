#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Decompression bombs are refused before they allocate: this binary holds one test, so the
//! process's peak resident memory (VmHWM) is this test's own.

use std::sync::Arc;

use estrade::deck::source::{DirSource, Source};

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A PNG announcing `w`×`h` RGBA pixels whose data is a zlib stream of zeros: a real bomb
/// (1 MB of zeros deflates to about 1 KB), cut after `mb` megabytes of inflated data.
fn bomb(w: u32, h: u32, mb: usize) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8; 4], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    };
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    let mut z = Vec::new();
    zlib_zeros::Deflate::new(&mut z).write_zeros(mb * 1024 * 1024);
    chunk(b"IDAT", &z);
    chunk(b"IEND", &[]);
    out
}

/// Minimal zlib writer for runs of zeros (fixed Huffman, length-258 back-references), so the
/// test needs no compression crate.
mod zlib_zeros {
    pub struct Deflate<'a> {
        out: &'a mut Vec<u8>,
        bits: u64,
        nbits: u32,
    }
    impl<'a> Deflate<'a> {
        pub fn new(out: &'a mut Vec<u8>) -> Self {
            out.extend_from_slice(&[0x78, 0x01]);
            Deflate { out, bits: 0, nbits: 0 }
        }
        fn put(&mut self, value: u32, n: u32) {
            self.bits |= u64::from(value) << self.nbits;
            self.nbits += n;
            while self.nbits >= 8 {
                self.out.push(self.bits as u8);
                self.bits >>= 8;
                self.nbits -= 8;
            }
        }
        /// Huffman codes are written most significant bit first.
        fn code(&mut self, code: u32, len: u32) {
            let mut rev = 0;
            for i in 0..len {
                rev |= ((code >> i) & 1) << (len - 1 - i);
            }
            self.put(rev, len);
        }
        pub fn write_zeros(&mut self, n: usize) {
            self.put(1, 1); // final block
            self.put(1, 2); // fixed Huffman
            self.code(0x30, 8); // literal 0
            let mut left = n - 1;
            while left >= 258 {
                self.code(0b1100_0101, 8); // length code 285 = 258
                self.code(0, 5); // distance code 0 = 1
                left -= 258;
            }
            for _ in 0..left {
                self.code(0x30, 8);
            }
            self.code(0, 7); // end of block
            if self.nbits > 0 {
                self.put(0, 8 - self.nbits);
            }
            // Adler-32 is not checked before the data runs out; write a placeholder.
            self.out.extend_from_slice(&[0, 0, 0, 1]);
        }
    }
}

#[test]
fn decompression_bombs_are_refused_without_allocating_them() {
    let dir = tempfile::tempdir().unwrap();
    let images = dir.path().join("assets/images");
    std::fs::create_dir_all(&images).unwrap();
    // 16 000 × 16 000 RGBA would be 1 GB; 50 000 × 50 000, 10 GB.
    std::fs::write(images.join("bombe-16k.png"), bomb(16_000, 16_000, 256)).unwrap();
    std::fs::write(images.join("bombe-50k.png"), bomb(50_000, 50_000, 256)).unwrap();
    assert!(
        std::fs::metadata(images.join("bombe-16k.png")).unwrap().len() < 4_000_000,
        "a bomb is small"
    );
    let source: Arc<dyn Source> = Arc::new(DirSource::new(dir.path()).unwrap());
    let before = peak_kib();
    for name in ["bombe-16k.png", "bombe-50k.png"] {
        let asset = format!("assets/images/{name}");
        let reason = estrade::app::images::decode(source.as_ref(), &asset, 2048).unwrap_err();
        assert!(reason.contains(name), "{reason}");
        let bytes = source.read(&asset).unwrap();
        assert!(estrade::render::bitmap::decode_limited(&bytes, name).is_err());
    }
    let grown = peak_kib().saturating_sub(before);
    assert!(
        grown < 64 * 1024,
        "decoding the bombs raised the peak by {} MB",
        grown / 1024
    );
}
