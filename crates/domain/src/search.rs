//! Text folding for full-text search, shared by both database backends.
//!
//! The same Rust code turns profile text and queries into lowercase, accent-free words, so that
//! SQLite FTS5 and PostgreSQL `tsvector` index the same tokens and `Jose` finds `José` on both.

use unicode_normalization::UnicodeNormalization;

/// The most words of a query that are used; the rest are ignored, so that a pasted page of
/// text cannot make one search expensive.
pub const MAX_QUERY_TERMS: usize = 12;
/// The longest word kept from a query.
pub const MAX_TERM_LEN: usize = 64;

/// Folds `text` into searchable words separated by single spaces: lowercase, accents removed,
/// every character that is not a letter or digit treated as a separator.
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        return normalize_ascii(text);
    }
    normalize_unicode(text)
}

/// [`normalize`] of ASCII text, byte by byte: decomposition, combining marks and the special
/// letters concern other characters only, so the result is the same, several times faster
/// (most titles are ASCII; the search documents fold 200 of them per hero).
fn normalize_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(char::from(b.to_ascii_lowercase()));
        } else {
            pending_space = true;
        }
    }
    out
}

fn normalize_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if let Some(folded) = fold_special_letter(c) {
                out.push_str(folded);
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// The words of a user's query, folded like indexed text, deduplicated, at most
/// [`MAX_QUERY_TERMS`] of at most [`MAX_TERM_LEN`] characters. Query syntax (quotes, `-`, `*`,
/// `OR`, parentheses) is not interpreted: every word must match, as a prefix.
pub fn query_terms(query: &str) -> Vec<String> {
    // Bound the work before normalizing: nobody types more than this into a search box.
    let bounded: String = query.chars().take(2_000).collect();
    let mut terms: Vec<String> = Vec::new();
    for word in normalize(&bounded).split(' ').filter(|w| !w.is_empty()) {
        let word: String = word.chars().take(MAX_TERM_LEN).collect();
        if !terms.contains(&word) {
            terms.push(word);
        }
        if terms.len() == MAX_QUERY_TERMS {
            break;
        }
    }
    terms
}

/// The words a name is also found by, folded like [`normalize`]: the name itself, the Latin
/// spelling its owner gave (`latin_name`, may be empty), and the name transliterated to Latin
/// letters by `any_ascii` (Ткаченко → tkachenko, Γιώργος → giorgos), each word
/// once. Han characters are left out of the transliteration: a Japanese and a Chinese reader
/// say 山田 differently, and only the person knows theirs, which is what `latin_name` is for.
pub fn name_words(name: &str, latin_name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let transliterated = transliterate(name);
    for word in [normalize(name), normalize(latin_name), transliterated]
        .iter()
        .flat_map(|text| text.split(' '))
        .filter(|w| !w.is_empty())
    {
        if !words.iter().any(|w| w == word) {
            words.push(word.to_owned());
        }
    }
    words.join(" ")
}

/// `text` in Latin letters, folded like [`normalize`]; Han characters are dropped (see
/// [`name_words`]).
pub fn transliterate(text: &str) -> String {
    let mut latin = String::with_capacity(text.len());
    for c in text.chars() {
        if is_han(c) {
            latin.push(' ');
        } else if c.is_ascii() {
            latin.push(c);
        } else {
            latin.push_str(any_ascii::any_ascii_char(c));
        }
    }
    normalize(&latin)
}

/// CJK ideographs (the unified blocks and their extensions, compatibility ideographs).
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Latin letters that do not decompose under NFKD but have a usual ASCII spelling.
pub(crate) fn fold_special_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'ø' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(normalize("José NÚÑEZ, São Paulo"), "jose nunez sao paulo");
        assert_eq!(normalize("Straße Łódź"), "strasse lodz");
        assert_eq!(normalize("multi-agent systems"), "multi agent systems");
        assert_eq!(normalize("東京 の Serverless"), "東京 の serverless");
    }

    #[test]
    fn query_syntax_is_just_text() {
        assert_eq!(
            query_terms("\"serverl* OR (data"),
            vec!["serverl", "or", "data"]
        );
        assert!(query_terms("🙂 -- ((( ").is_empty());
        assert_eq!(query_terms("a a A á").len(), 1);
    }

    #[test]
    fn bounds_long_queries() {
        let long = "word ".repeat(5_000);
        assert_eq!(query_terms(&long), vec!["word"]);
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(query_terms(&many).len(), MAX_QUERY_TERMS);
    }

    proptest! {
        #[test]
        fn ascii_text_folds_the_same_both_ways(text in "[ -~\\t\\n]{0,200}") {
            prop_assert_eq!(normalize_ascii(&text), normalize_unicode(&text));
        }

        #[test]
        fn terms_are_plain_words(q in "\\PC{0,300}") {
            for t in query_terms(&q) {
                prop_assert!(!t.is_empty());
                prop_assert!(t.chars().all(char::is_alphanumeric), "{:?}", t);
                prop_assert!(t.chars().count() <= MAX_TERM_LEN);
            }
        }
    }
}

/// Whether every one of `terms` (from [`query_terms`]) starts a word of `text`, folded the
/// same way: the text filter of lists that are not in the search index (groups, events).
pub fn matches_terms(text: &str, terms: &[String]) -> bool {
    let folded = normalize(text);
    terms.iter().all(|term| {
        folded
            .split(' ')
            .any(|word| word.starts_with(term.as_str()))
    })
}

#[cfg(test)]
mod name_words_tests {
    use super::*;

    #[test]
    fn other_scripts_are_also_spelled_in_latin_letters() {
        assert_eq!(
            name_words("Олена Ткаченко", ""),
            "олена ткаченко olena tkachenko"
        );
        assert!(name_words("Γιώργος Παπαδόπουλος", "").contains("giorgos"));
        // The library's spelling is not always the person's (मुखर्जी → mukhrji, not
        // Mukherjee): that is what the Latin spelling they give is for.
        assert_eq!(name_words("मुखर्जी", "Mukherjee"), "मखरज mukherjee mukhrji");
        assert!(
            name_words("José Núñez", "")
                .split(' ')
                .eq(["jose", "nunez"])
        );
    }

    #[test]
    fn han_is_read_only_as_its_owner_spells_it() {
        assert_eq!(name_words("山田太郎", ""), "山田太郎");
        assert_eq!(
            name_words("山田太郎", "Yamada Tarō"),
            "山田太郎 yamada taro"
        );
        // Kana have one reading, so the library's is right.
        assert!(transliterate("ヤマダ").contains("yamada"));
    }
}

#[cfg(test)]
mod matches_terms_tests {
    use super::*;

    #[test]
    fn every_term_starts_a_word_accents_ignored() {
        let terms = query_terms("sao serv");
        assert!(matches_terms("São Paulo Serverless", &terms));
        assert!(!matches_terms("São Paulo Security", &terms));
        assert!(matches_terms("anything", &[]));
    }
}
