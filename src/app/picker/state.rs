//! What the slide picker knows and how it changes: the other deck's slides as cards, which are
//! chosen, which has the keyboard, where they go. Pure: the view turns clicks and keys into
//! [`PickerAction`]s and [`Picker::apply`] is the only place the choice changes.

use std::collections::BTreeSet;

use crate::import::take::Opened;
use crate::model::Deck;

/// One slide of the other deck, as its card shows it.
#[derive(Debug, Clone)]
pub struct Card {
    /// Its index in the other deck's slides.
    pub index: usize,
    /// Its number among the shown slides (none when hidden).
    pub number: Option<usize>,
    pub id: String,
    /// Its title, or its first words in quotation marks.
    pub label: String,
    pub steps: usize,
    /// The files it brings (as the other deck writes them).
    pub files: Vec<String>,
    /// Whether it can be imported (a slide the other deck itself includes cannot).
    pub importable: bool,
    pub hidden: bool,
}

/// A slide of the receiving deck, to insert after.
#[derive(Debug, Clone)]
pub struct Target {
    pub id: String,
    pub label: String,
}

/// What the person decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Import these slides (ids of the other deck, in deck order), after this slide of the
    /// receiving deck (`None`: at the end, before a closing slide).
    Import { ids: Vec<String>, after: Option<String> },
    /// Close without importing.
    Cancel,
}

/// Everything that changes the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerAction {
    /// Arrow keys: move the keyboard's card by columns and rows; with Shift, choose every card
    /// from the anchor to it.
    Move { dx: i32, dy: i32, extend: bool },
    /// Space: choose or leave the keyboard's card.
    Toggle,
    /// A click on a card: alone, it is the one chosen; with Ctrl, it is added or left; with
    /// Shift, every card from the anchor to it is chosen.
    Click { card: usize, ctrl: bool, shift: bool },
    /// Ctrl+A: every slide that can be imported.
    All,
    /// Where the slides go: after this slide of the receiving deck (`None`: at the end).
    After(Option<usize>),
    /// Enter, or the Import button (nothing happens while nothing is chosen).
    Import,
    /// Escape, the Cancel button, or closing the window.
    Cancel,
}

/// The picker's state.
#[derive(Debug, Clone)]
pub struct Picker {
    /// The deck the slides come from, as named to the user.
    pub from: String,
    /// The deck that receives them, as named to the user.
    pub into: String,
    /// The other deck (the cards' thumbnails are laid out from it).
    pub deck: Deck,
    /// Where the other deck's pictures are read from.
    pub source: std::sync::Arc<dyn crate::source::Source>,
    pub cards: Vec<Card>,
    pub targets: Vec<Target>,
    /// Index in `targets` of the slide to insert after (`None`: at the end).
    pub after: Option<usize>,
    pub chosen: BTreeSet<usize>,
    /// The card the keyboard is on.
    pub focus: usize,
    /// Where a Shift range starts.
    anchor: usize,
    /// Cards per row, as the view last laid them out (for ↑ and ↓).
    pub columns: usize,
    /// Set once the person decided.
    pub outcome: Option<Choice>,
}

impl Picker {
    /// A picker over the slides of `other`, to import into `this` (after its slide `after`).
    pub fn new(other: &Opened, this: &Opened, from: String, into: String, after: Option<&str>) -> Picker {
        let deck = other.deck.clone();
        let mut number = 0;
        let cards = deck
            .slides
            .iter()
            .enumerate()
            .map(|(index, s)| {
                if !s.hidden {
                    number += 1;
                }
                let raw = other.raw_of(&s.id);
                let files = other
                    .loaded
                    .asset_uses
                    .iter()
                    .filter(|u| raw.is_some() && u.slide == raw)
                    .map(|u| u.written.clone())
                    .collect();
                Card {
                    index,
                    number: (!s.hidden).then_some(number),
                    id: s.id.clone(),
                    label: label(s),
                    steps: s.steps,
                    files,
                    importable: raw.is_some(),
                    hidden: s.hidden,
                }
            })
            .collect();
        let targets: Vec<Target> = this
            .deck
            .slides
            .iter()
            .map(|s| Target {
                id: s.id.clone(),
                label: label(s),
            })
            .collect();
        let after = after.and_then(|a| targets.iter().position(|t| t.id == a));
        Picker {
            from,
            into,
            deck,
            source: other.source.clone(),
            cards,
            targets,
            after,
            chosen: BTreeSet::new(),
            focus: 0,
            anchor: 0,
            columns: 1,
            outcome: None,
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: PickerAction) {
        let n = self.cards.len();
        if n == 0 && !matches!(action, PickerAction::Cancel) {
            return;
        }
        match action {
            PickerAction::Move { dx, dy, extend } => {
                let step = dx + dy * self.columns.max(1) as i32;
                let to = (self.focus as i64 + step as i64).clamp(0, n as i64 - 1) as usize;
                self.focus = to;
                if extend {
                    self.choose_range(self.anchor, to);
                } else {
                    self.anchor = to;
                }
            }
            PickerAction::Toggle => {
                let f = self.focus;
                self.toggle(f);
                self.anchor = f;
            }
            PickerAction::Click { card, ctrl, shift } if card < n => {
                if shift {
                    self.choose_range(self.anchor, card);
                } else if ctrl {
                    self.toggle(card);
                    self.anchor = card;
                } else {
                    self.chosen.clear();
                    self.toggle(card);
                    self.anchor = card;
                }
                self.focus = card;
            }
            PickerAction::Click { .. } => {}
            PickerAction::All => {
                self.chosen = (0..n).filter(|&i| self.cards[i].importable).collect();
            }
            PickerAction::After(after) => {
                self.after = after.filter(|&a| a < self.targets.len());
            }
            PickerAction::Import => {
                if !self.chosen.is_empty() {
                    self.outcome = Some(Choice::Import {
                        ids: self.chosen.iter().map(|&i| self.cards[i].id.clone()).collect(),
                        after: self.after.map(|a| self.targets[a].id.clone()),
                    });
                }
            }
            PickerAction::Cancel => self.outcome = Some(Choice::Cancel),
        }
    }

    /// The files the chosen slides bring, each once.
    pub fn chosen_files(&self) -> Vec<&str> {
        let mut files: Vec<&str> = Vec::new();
        for f in self.chosen.iter().flat_map(|&i| self.cards[i].files.iter()) {
            if !files.contains(&f.as_str()) {
                files.push(f);
            }
        }
        files
    }

    fn toggle(&mut self, card: usize) {
        if !self.chosen.remove(&card) && self.cards[card].importable {
            self.chosen.insert(card);
        }
    }

    /// Chooses exactly the importable cards from `a` to `b` (either order).
    fn choose_range(&mut self, a: usize, b: usize) {
        let (lo, hi) = (a.min(b), a.max(b));
        self.chosen = (lo..=hi).filter(|&i| self.cards[i].importable).collect();
    }
}

/// A slide's title, or its first words in quotation marks (as `estrade ids` shows it).
fn label(slide: &crate::model::Slide) -> String {
    match slide.display_title() {
        Some(t) => t.to_plain(),
        None => crate::deck::listing::first_words(slide)
            .map_or_else(String::new, |w| crate::t!("deck-ids-first-words", words = w)),
    }
    .replace('\n', " ")
}
