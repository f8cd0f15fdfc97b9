//! Reading the corpus files while the program is compiled.
//!
//! A corpus file holds one record a line, its fields separated by tabs; blank lines and lines
//! starting with `#` are skipped. Everything here is a `const fn`, so the lists are built by
//! the compiler: a file that does not read (a missing field, a culture or specialization the
//! code does not know, a group split in two) stops the build instead of a demo run, and the
//! generator picks from plain static slices, as it did when the lists were Rust source.
//!
//! Const functions cannot format their panic messages, so each says which rule a line broke;
//! the unit tests in the parent module name the line when a rule the compiler cannot check
//! (duplicates, sizes) is broken.

/// The next record of `text` at or after byte `pos`: the line without its end, and where the
/// line after it starts. `None` at the end of the text.
pub(super) const fn next_record(
    text: &'static str,
    mut pos: usize,
) -> Option<(&'static str, usize)> {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let mut end = pos;
        while end < bytes.len() && bytes[end] != b'\n' {
            end += 1;
        }
        let next = if end < bytes.len() { end + 1 } else { end };
        if end > pos && bytes[pos] != b'#' {
            return Some((slice(text, pos, end), next));
        }
        pos = next;
    }
    None
}

/// `text[start..end]`; both ends lie on ASCII separators, so on character boundaries.
const fn slice(text: &'static str, start: usize, end: usize) -> &'static str {
    let (head, _) = text.split_at(end);
    head.split_at(start).1
}

/// The `index`th piece of `text` between `separator` bytes, `None` past the last.
const fn piece(text: &'static str, separator: u8, index: usize) -> Option<&'static str> {
    let bytes = text.as_bytes();
    let (mut start, mut found, mut pos) = (0, 0, 0);
    while pos <= bytes.len() {
        if pos == bytes.len() || bytes[pos] == separator {
            if found == index {
                return Some(slice(text, start, pos));
            }
            found += 1;
            start = pos + 1;
        }
        pos += 1;
    }
    None
}

/// How many pieces `text` has between `separator` bytes (one for text without one).
pub(super) const fn pieces(text: &str, separator: u8) -> usize {
    let bytes = text.as_bytes();
    let (mut count, mut pos) = (1, 0);
    while pos < bytes.len() {
        if bytes[pos] == separator {
            count += 1;
        }
        pos += 1;
    }
    count
}

/// The `index`th field of a record.
pub(super) const fn field(record: &'static str, index: usize) -> Option<&'static str> {
    piece(record, b'\t', index)
}

/// The `index`th field of a record, which must be there and not be empty.
pub(super) const fn required(record: &'static str, index: usize) -> &'static str {
    match field(record, index) {
        Some(value) if !value.is_empty() => value,
        _ => panic!("corpus: a record lacks a field"),
    }
}

/// Whether two strings are the same, byte for byte.
pub(super) const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// How many records `text` holds.
pub(super) const fn records(text: &'static str) -> usize {
    let (mut count, mut pos) = (0, 0);
    while let Some((_, next)) = next_record(text, pos) {
        count += 1;
        pos = next;
    }
    count
}

/// Field `index` of every record, in order; `N` is [`records`]`(text)`.
pub(super) const fn column<const N: usize>(text: &'static str, index: usize) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut pos) = (0, 0);
    while let Some((record, next)) = next_record(text, pos) {
        out[i] = required(record, index);
        i += 1;
        pos = next;
    }
    out
}

/// `(name, Latin spelling)` of every record `key, name[, Latin spelling]`: without the third
/// field the name is its own Latin spelling.
pub(super) const fn names<const N: usize>(text: &'static str) -> [(&'static str, &'static str); N] {
    let display: [&str; N] = column(text, 1);
    let mut out = [("", ""); N];
    let (mut i, mut pos) = (0, 0);
    while let Some((record, next)) = next_record(text, pos) {
        out[i] = match field(record, 2) {
            Some(latin) if !latin.is_empty() => (display[i], latin),
            Some(_) => panic!("corpus: an empty Latin spelling"),
            None => (display[i], display[i]),
        };
        i += 1;
        pos = next;
    }
    out
}

/// Where the records of each of `keys` (their first field) lie: `(start, end)` indexes for
/// each key, in the order of `keys`. Every record's key must be one of `keys`, and the records
/// of a key must stand together.
pub(super) const fn groups<const K: usize>(
    text: &'static str,
    keys: &[&str],
) -> [(usize, usize); K] {
    if keys.len() != K {
        panic!("corpus: the number of keys is not the number of groups");
    }
    let mut ranges = [(0, 0); K];
    let mut seen = [false; K];
    let (mut i, mut pos, mut current) = (0, 0, K);
    while let Some((record, next)) = next_record(text, pos) {
        let key = match field(record, 0) {
            Some(key) => key,
            None => panic!("corpus: a record without a key"),
        };
        if current == K || !same(key, keys[current]) {
            let mut k = 0;
            while k < K && !same(key, keys[k]) {
                k += 1;
            }
            if k == K {
                panic!("corpus: a record's key is not one the code knows");
            }
            if seen[k] {
                panic!("corpus: the records of a key do not stand together");
            }
            seen[k] = true;
            ranges[k].0 = i;
            current = k;
        }
        i += 1;
        ranges[current].1 = i;
        pos = next;
    }
    let mut k = 0;
    while k < K {
        if !seen[k] {
            panic!("corpus: a key has no records");
        }
        k += 1;
    }
    ranges
}

/// How many items the comma-separated lists in field `index` hold, over all records.
pub(super) const fn list_items(text: &'static str, index: usize) -> usize {
    let (mut count, mut pos) = (0, 0);
    while let Some((record, next)) = next_record(text, pos) {
        count += match field(record, index) {
            Some(list) => pieces(list, b','),
            None => panic!("corpus: a record lacks its list"),
        };
        pos = next;
    }
    count
}

/// The items of the comma-separated lists in field `index`, all records' one after another;
/// `N` is [`list_items`]`(text, index)`.
pub(super) const fn list_values<const N: usize>(
    text: &'static str,
    index: usize,
) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut pos) = (0, 0);
    while let Some((record, next)) = next_record(text, pos) {
        let list = match field(record, index) {
            Some(list) => list,
            None => panic!("corpus: a record lacks its list"),
        };
        let mut item = 0;
        while let Some(value) = piece(list, b',', item) {
            if value.is_empty() {
                panic!("corpus: an empty list item");
            }
            out[i] = value;
            i += 1;
            item += 1;
        }
        pos = next;
    }
    out
}
