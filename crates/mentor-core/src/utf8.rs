//! Checking that bytes are UTF-8.
//!
//! The standard library checks Russian text (two-byte letters, no ASCII
//! fast path) at well under 1 GB/s; simdutf8 (already built for
//! encoding_rs) checks it many times faster. Safe code cannot turn checked
//! bytes into a `String` without checking them again, so the checked text
//! is copied: the copy costs less than the check it saves.

/// The text of `bytes` when they are UTF-8.
pub fn text(bytes: &[u8]) -> Option<String> {
    simdutf8::basic::from_utf8(bytes).ok().map(str::to_owned)
}

/// How many bytes from the start are UTF-8 (all of them when the text is).
pub fn valid_up_to(bytes: &[u8]) -> usize {
    std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The fast check says what the standard library says.
        #[test]
        fn agrees_with_the_standard_library(
            text in "[a-zа-яё«»–\\u{1F600}]{0,40}",
            cut in any::<prop::sample::Index>(),
            noise in any::<u8>(),
        ) {
            let mut bytes = text.into_bytes();
            prop_assert_eq!(super::text(&bytes), String::from_utf8(bytes.clone()).ok());
            if !bytes.is_empty() {
                let at = cut.index(bytes.len());
                bytes[at] = noise;
            }
            prop_assert_eq!(super::text(&bytes), String::from_utf8(bytes.clone()).ok());
        }
    }
}
