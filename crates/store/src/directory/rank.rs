//! The two rank functions the directory's search orders by, computed as the databases compute
//! them, so the in-memory search ([`super::fulltext`]) orders heroes exactly as the SQL does.
//!
//! Each function repeats its database's arithmetic step by step, in the same order and the
//! same precision (PostgreSQL's `ts_rank` works in `float` with some steps in `double`; FTS5's
//! `bm25` in `double`): two heroes whose ranks tie in the database tie here too, and the ties
//! break by name on both paths. Tests compare the ranks with the databases' own on both
//! backends (`tests/app/directory_index.rs`).

/// FTS5's `bm25` constants (`fts5_aux.c`).
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// The column weights of [`crate::heroes::BM25`]: name, profile, titles.
pub const BM25_WEIGHTS: [u32; 3] = [10, 4, 1];

/// FTS5's inverse document frequency of a phrase found in `hits` of `rows` rows.
pub fn bm25_idf(rows: i64, hits: i64) -> f64 {
    let idf = ((rows - hits) as f64 + 0.5) / (hits as f64 + 0.5);
    let idf = idf.ln();
    if idf <= 0.0 { 1e-6 } else { idf }
}

/// FTS5's `bm25` of one row: `freqs[i]` is phrase `i`'s instances in the row, each counted at
/// its column's weight; `idfs[i]` its [`bm25_idf`]; `len` the row's tokens in all columns and
/// `avgdl` the table's tokens per row.
pub fn bm25(freqs: &[f64], idfs: &[f64], len: f64, avgdl: f64) -> f64 {
    let mut score = 0.0;
    for (&f, &idf) in freqs.iter().zip(idfs) {
        score += idf * ((f * (K1 + 1.0)) / (f + K1 * (1.0 - B + B * len / avgdl)));
    }
    // `-1.0 * score` in FTS5: the same number.
    -score
}

/// A position of a lexeme in a `tsvector`: the position (1–16383) and its weight class
/// (0 = D … 3 = A), as PostgreSQL packs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos(pub u16);

impl Pos {
    pub fn new(position: u16, weight: u8) -> Self {
        Self((u16::from(weight & 3) << 14) | (position & 0x3fff))
    }
    fn position(self) -> i32 {
        i32::from(self.0 & 0x3fff)
    }
    /// `ts_rank`'s default weight of the class: D 0.1, C 0.2, B 0.4, A 1.0.
    fn weight(self) -> f32 {
        const WEIGHTS: [f32; 4] = [0.1, 0.2, 0.4, 1.0];
        WEIGHTS[usize::from(self.0 >> 14)]
    }
}

/// `word_distance` of `tsrank.c`.
fn word_distance(distance: i32) -> f32 {
    if distance > 100 {
        return 1e-30;
    }
    (1.0 / (1.005 + 0.05 * ((distance as f32 as f64) / 1.5 - 2.0).exp())) as f32
}

/// PostgreSQL's `ts_rank(document, query)` (default weights, no normalization) for a query of
/// prefix words joined by `&`. `items[i]` holds, for the query's `i`-th word in byte order,
/// the positions of each of the document's lexemes it matches, lexemes in byte order: the
/// order `calc_rank_and` and `calc_rank_or` visit them in. The in-memory search takes the
/// same steps ([`TsRank`]) for many documents at once; this is the whole of it for one.
pub fn ts_rank(items: &[Vec<&[Pos]>]) -> f32 {
    let mut rank = TsRank::new(items.len());
    if items.len() < 2 {
        for positions in items.iter().flatten() {
            rank.or_entry(positions);
        }
    } else {
        let mut last: Vec<Option<&[Pos]>> = vec![None; items.len()];
        for (i, entries) in items.iter().enumerate() {
            for &positions in entries {
                last[i] = Some(positions);
                for earlier in last[..i].iter().flatten() {
                    rank.and_pair(positions, earlier);
                }
            }
        }
    }
    rank.finish()
}

/// `ts_rank` of one document, taken a step at a time: `calc_rank_or` for a query of one word
/// ([`TsRank::or_entry`] for each matching lexeme, in byte order), `calc_rank_and` for more
/// ([`TsRank::and_pair`] for each matching lexeme of a word, in the words' byte order, with
/// the last matching lexeme of each earlier word: PostgreSQL keeps only that one).
#[derive(Clone, Copy, Debug)]
pub struct TsRank {
    res: f32,
}

impl TsRank {
    /// Before any lexeme, for a query of `words` distinct words.
    pub fn new(words: usize) -> Self {
        Self {
            res: if words < 2 { 0.0 } else { -1.0 },
        }
    }

    /// One matching lexeme of a one-word query.
    pub fn or_entry(&mut self, positions: &[Pos]) {
        self.or_step(Self::or_term(positions));
    }

    /// What [`TsRank::or_entry`] adds for a lexeme with these positions: it depends on the
    /// positions alone, so the in-memory search keeps it with each lexeme of each document.
    pub fn or_term(positions: &[Pos]) -> f32 {
        let mut resj: f32 = 0.0;
        let mut wjm: f32 = -1.0;
        let mut jm: i32 = 0;
        for (j, pos) in positions.iter().enumerate() {
            let j = j as i32;
            resj += pos.weight() / ((j + 1) * (j + 1)) as f32;
            if pos.weight() > wjm {
                wjm = pos.weight();
                jm = j;
            }
        }
        wjm + resj - wjm / ((jm + 1) * (jm + 1)) as f32
    }

    /// Adds one lexeme's [`TsRank::or_term`] (`calc_rank_or` sums them in `double`, then
    /// stores the sum back in its `float`).
    pub fn or_step(&mut self, term: f32) {
        self.res = (f64::from(self.res) + f64::from(term) / 1.64493406685) as f32;
    }

    /// A matching lexeme of a later word against the last matching lexeme of an earlier one:
    /// every pair of their positions, nearer pairs weighing more.
    pub fn and_pair(&mut self, positions: &[Pos], earlier: &[Pos]) {
        for a in positions {
            for b in earlier {
                let distance = (a.position() - b.position()).abs();
                if distance == 0 {
                    continue;
                }
                let product = a.weight() * b.weight() * word_distance(distance);
                let curw = f64::from(product).sqrt() as f32;
                self.res = if self.res < 0.0 {
                    curw
                } else {
                    (1.0 - (1.0 - f64::from(self.res)) * (1.0 - f64::from(curw))) as f32
                };
            }
        }
    }

    /// The rank.
    pub fn finish(self) -> f32 {
        // `calc_rank_or` divides by the number of words: one, which changes nothing.
        if self.res < 0.0 { 1e-20 } else { self.res }
    }
}

/// Reads a `tsvector` in its text form (`'cloud':2B,5C 'ada':1A`) as lexemes with their
/// positions, in the order written (PostgreSQL writes them in byte order). `None` when the
/// text is not that form, or a lexeme has no positions (`ts_rank` ranks those otherwise,
/// and the search documents always have them).
pub fn parse_tsvector(text: &str) -> Option<Vec<(String, Vec<Pos>)>> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        rest = rest.strip_prefix('\'')?;
        let mut lexeme = String::new();
        let mut chars = rest.char_indices();
        let end = loop {
            let (at, c) = chars.next()?;
            match c {
                '\'' if rest[at + 1..].starts_with('\'') => {
                    lexeme.push('\'');
                    chars.next();
                }
                '\'' => break at + 1,
                '\\' => lexeme.push(chars.next()?.1),
                c => lexeme.push(c),
            }
        };
        rest = rest[end..].strip_prefix(':')?;
        let stop = rest.find(' ').unwrap_or(rest.len());
        let mut positions = Vec::new();
        for item in rest[..stop].split(',') {
            let (digits, weight) = match item.as_bytes().last()? {
                b'A' => (&item[..item.len() - 1], 3),
                b'B' => (&item[..item.len() - 1], 2),
                b'C' => (&item[..item.len() - 1], 1),
                b'D' => (&item[..item.len() - 1], 0),
                _ => (item, 0),
            };
            positions.push(Pos::new(digits.parse().ok()?, weight));
        }
        out.push((lexeme, positions));
        rest = rest[stop..].trim_start();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_text_form_of_a_tsvector() {
        let parsed = parse_tsvector("'a''b':1A,3 'c\\\\d':2B 'e':40C").unwrap();
        assert_eq!(
            parsed,
            vec![
                ("a'b".to_owned(), vec![Pos::new(1, 3), Pos::new(3, 0)]),
                ("c\\d".to_owned(), vec![Pos::new(2, 2)]),
                ("e".to_owned(), vec![Pos::new(40, 1)]),
            ]
        );
        assert_eq!(parse_tsvector("").unwrap(), vec![]);
        assert!(
            parse_tsvector("'a'").is_none(),
            "a lexeme without positions"
        );
        assert!(parse_tsvector("a:1").is_none());
    }

    /// Values PostgreSQL 15 gives (`SELECT ts_rank(…)`), written out: one word, two words.
    #[test]
    fn ranks_as_postgresql_does() {
        let a = [Pos::new(1, 3)];
        let c = [Pos::new(5, 1), Pos::new(9, 1)];
        assert_eq!(ts_rank(&[vec![&a[..]]]), 0.6079271);
        assert_eq!(ts_rank(&[vec![&c[..]]]), 0.15198177);
        assert_eq!(ts_rank(&[vec![&a[..]], vec![&c[..]]]), 0.5914298);
    }

    #[test]
    fn bm25_gives_a_lower_rank_to_a_better_match() {
        let idf = bm25_idf(100, 3);
        let one = bm25(&[1.0], &[idf], 10.0, 20.0);
        let name = bm25(&[10.0], &[idf], 10.0, 20.0);
        assert!(name < one && one < 0.0);
        assert_eq!(bm25_idf(10, 9), 1e-6);
    }
}
