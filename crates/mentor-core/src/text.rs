//! Text compared the way people mean it — the Russian fold every part of
//! the core matches words with: registry headers and values, deadline words,
//! names. Hand-written rather than a Unicode case-folding crate: the fast
//! paths for Russian and ASCII (most text is folded already, which bytes
//! alone tell) are what make a million registry rows cheap, and a property
//! test holds them to the plain definition.

/// Text compared the way people mean it: trimmed, lower case, `ё` as `е`,
/// runs of spaces as one.
pub fn fold(text: &str) -> String {
    if is_folded(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    fold_into(text, |c| {
        out.push(c);
        true
    });
    out
}

/// Whether `text` is its own [`fold`]: lower-case Russian and ASCII letters,
/// digits and punctuation, single spaces between words. Most cells are, and
/// checking bytes is far cheaper than folding characters.
pub fn is_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' if bytes.get(i + 1) == Some(&b' ') => return false,
            0x21..=0x40 | 0x5B..=0x7E | b' ' => i += 1,
            // а–п, then р–я (ё is folded to е).
            0xD0 if matches!(bytes.get(i + 1), Some(0xB0..=0xBF)) => i += 2,
            0xD1 if matches!(bytes.get(i + 1), Some(0x80..=0x8F)) => i += 2,
            _ => return false,
        }
    }
    true
}

/// [`fold`] one character at a time, while `out` says to go on; whether it
/// went to the end. Russian and ASCII letters are matched before the
/// Unicode whitespace and case tables are consulted.
pub fn fold_into(text: &str, mut out: impl FnMut(char) -> bool) -> bool {
    // Whitespace between words becomes one space, none at the ends.
    let (mut started, mut space) = (false, false);
    for c in text.chars() {
        let folded = match c {
            'а'..='я' | 'a'..='z' | '0'..='9' => c,
            'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
            'ё' | 'Ё' => 'е',
            c if c.is_whitespace() => {
                space = started;
                continue;
            }
            c if c.is_ascii() => c.to_ascii_lowercase(),
            c => {
                if std::mem::take(&mut space) && !out(' ') {
                    return false;
                }
                started = true;
                if !c.to_lowercase().all(&mut out) {
                    return false;
                }
                continue;
            }
        };
        if std::mem::take(&mut space) && !out(' ') {
            return false;
        }
        started = true;
        if !out(folded) {
            return false;
        }
    }
    true
}

/// The hash of a text as [`fold`]ed, without building the folded text.
pub fn fold_hash(text: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    fold_into(text, |c| {
        std::hash::Hasher::write_u32(&mut hasher, c as u32);
        true
    });
    std::hash::Hasher::finish(&hasher)
}

/// The known name closest to a misspelt one, if it is close enough to be a typo.
pub fn nearest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(name, k), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.chars().count())
        .min()
        .map(|(_, k)| k)
}
