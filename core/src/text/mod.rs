//! Text analysis shared by the index (install time) and search (query
//! time), so both see a word the same way: [`normalize`] (NFKC, case,
//! accents and Arabic-script folding), [`tokenize`] (words, or bigrams for
//! Han and Hangul), [`stem`] (Snowball by language tag), [`typo`] (edit
//! distances by word length) and the vocabulary as an `fst` map
//! ([`lexicon`]). Pure functions and data: no SQL, no store.

pub mod lexicon;
pub mod normalize;
pub mod stem;
pub mod tokenize;
pub mod typo;
