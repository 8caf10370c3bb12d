//! A CSV file's bytes as text, in the encodings methodists save: UTF-8 with
//! or without a byte order mark, or Windows-1251 (Russian Excel).
//!
//! The file is read a piece at a time into its text: a region's registry is
//! hundreds of megabytes, and holding its bytes and its text at once would
//! double the memory the kernel has to hand over, which on a large file
//! costs more than reading it.

use std::convert::Infallible;
use std::io::{ErrorKind, Read};

/// How the file's bytes encode text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte order mark (Excel's «CSV UTF-8»).
    Utf8Bom,
    /// Windows-1251 (Excel's «CSV» on a Russian Windows).
    Windows1251,
}

/// Bytes to decode: a file read piece by piece, or bytes in memory.
pub trait Input {
    type Error;

    /// Fills `buf` as far as the bytes go; how many it filled (fewer than
    /// `buf` holds only at the end).
    fn fill(&mut self, buf: &mut [u8]) -> Result<usize, Self::Error>;

    /// How many bytes there are (or about), to reserve the text once.
    fn size(&self) -> usize;
}

impl Input for &[u8] {
    type Error = Infallible;

    fn fill(&mut self, buf: &mut [u8]) -> Result<usize, Infallible> {
        let n = buf.len().min(self.len());
        let (piece, rest) = self.split_at(n);
        buf[..n].copy_from_slice(piece);
        *self = rest;
        Ok(n)
    }

    fn size(&self) -> usize {
        self.len()
    }
}

/// A reader (an open file) of about `size` bytes.
#[derive(Debug)]
pub struct Reader<R> {
    pub inner: R,
    pub size: usize,
}

impl<R: Read> Input for Reader<R> {
    type Error = std::io::Error;

    fn fill(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut filled = 0;
        while filled < buf.len() {
            match self.inner.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(filled)
    }

    fn size(&self) -> usize {
        self.size
    }
}

/// A decoded file.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// In a file that is neither UTF-8 nor Windows-1251 (UTF-8 Cyrillic
    /// next to Windows-1251 bytes): the byte where the UTF-8 stops. The text
    /// is then UTF-8 with the bad bytes replaced.
    pub mixed_at: Option<usize>,
}

/// Bytes read at a time: a piece stays in the processor's cache between
/// being read and being decoded.
const PIECE: usize = 1 << 20;

/// BOM → UTF-8; valid UTF-8 → UTF-8; else Windows-1251. A file whose UTF-8
/// has Cyrillic letters before the first byte that is not UTF-8 (or that
/// starts with a BOM) mixes encodings: see [`Decoded::mixed_at`].
pub fn decode<I: Input>(input: I) -> Result<Decoded, I::Error> {
    decode_in_pieces(input, PIECE)
}

/// [`decode`], reading `piece` bytes at a time (at least 4: a letter cut at
/// the end of a piece is carried over to the next).
fn decode_in_pieces<I: Input>(mut input: I, piece: usize) -> Result<Decoded, I::Error> {
    let mut text = String::with_capacity(input.size());
    let mut buf = vec![0; piece.max(4)];
    let mut len = input.fill(&mut buf)?;
    let bom = buf[..len].starts_with(b"\xEF\xBB\xBF");
    let encoding = if bom {
        Encoding::Utf8Bom
    } else {
        Encoding::Utf8
    };
    let mut start = if bom { 3 } else { 0 };
    loop {
        let end = len < buf.len();
        // A letter cut at the end of the piece waits for the next piece.
        let cut = if end { len } else { last_whole(&buf[..len]) };
        match simdutf8::compat::from_utf8(&buf[start..cut]) {
            Ok(piece) => text.push_str(piece),
            Err(e) => {
                let valid = start + e.valid_up_to();
                text.push_str(checked(&buf[start..valid]));
                return not_utf8(input, text, encoding, buf, valid..len);
            }
        }
        if end {
            return Ok(Decoded {
                text,
                encoding,
                mixed_at: None,
            });
        }
        buf.copy_within(cut..len, 0);
        let carried = len - cut;
        len = carried + input.fill(&mut buf[carried..])?;
        start = 0;
    }
}

/// Where the bytes end but for a last letter that is cut short: the start
/// of a multi-byte letter whose lead byte asks for more bytes than follow.
/// (At most three bytes are held back: a piece of four always moves on.)
fn last_whole(bytes: &[u8]) -> usize {
    let len = bytes.len();
    let continuation = |b: u8| b & 0xC0 == 0x80;
    let Some(lead) = (len.saturating_sub(3)..len)
        .rev()
        .find(|&i| !continuation(bytes[i]))
    else {
        return len;
    };
    let wants = match bytes[lead] {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    };
    if lead + wants > len { lead } else { len }
}

/// Bytes that simdutf8 has just found to be UTF-8 (once, before a file
/// turns out not to be).
fn checked(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

/// The rest of a file whose UTF-8 stopped at `rest.start` of `buf`, after
/// `text`: Windows-1251 from its first byte, or a file of mixed encodings.
fn not_utf8<I: Input>(
    mut input: I,
    text: String,
    encoding: Encoding,
    mut buf: Vec<u8>,
    rest: std::ops::Range<usize>,
) -> Result<Decoded, I::Error> {
    if encoding == Encoding::Utf8Bom || has_utf8_cyrillic(text.as_bytes()) {
        let mixed_at = text.len();
        let mut bytes = text.into_bytes();
        bytes.extend_from_slice(&buf[rest]);
        each_piece(&mut input, &mut buf, |piece| bytes.extend_from_slice(piece))?;
        return Ok(Decoded {
            text: String::from_utf8_lossy(&bytes).into_owned(),
            encoding,
            mixed_at: Some(mixed_at),
        });
    }
    // What was read as UTF-8 (ASCII, or letters that Windows-1251 reads
    // otherwise) is read again.
    let mut decoded = String::with_capacity(input.size() * 2);
    push_windows_1251(&mut decoded, text.as_bytes());
    drop(text);
    push_windows_1251(&mut decoded, &buf[rest]);
    // Larger pieces from here: each is decoded on all cores at once.
    buf.resize(buf.len() * 8, 0);
    each_piece(&mut input, &mut buf, |piece| {
        push_windows_1251(&mut decoded, piece)
    })?;
    Ok(Decoded {
        text: decoded,
        encoding: Encoding::Windows1251,
        mixed_at: None,
    })
}

/// Reads the rest of `input` a buffer at a time, giving each piece to `f`.
fn each_piece<I: Input>(
    input: &mut I,
    buf: &mut [u8],
    mut f: impl FnMut(&[u8]),
) -> Result<(), I::Error> {
    loop {
        let len = input.fill(buf)?;
        f(&buf[..len]);
        if len < buf.len() {
            return Ok(());
        }
    }
}

/// Appends Windows-1251 bytes, decoded on all cores: it has one byte per
/// character, so the bytes can be cut anywhere and the pieces decoded on
/// their own. yore's table decoder reads Russian text about three times as
/// fast as encoding_rs, with the same characters for every byte (a test
/// holds the two together; yore also writes Windows-1251).
fn push_windows_1251(text: &mut String, bytes: &[u8]) {
    let decode = |_, piece: &[u8]| yore::code_pages::CP1251.decode(piece).into_owned();
    for piece in crate::parallel::chunks(bytes, PIECE / 2, decode) {
        text.push_str(&piece);
    }
}

/// UTF-8 letters of the Cyrillic block (two bytes, D0/D1 lead), three at
/// least: a Windows-1251 «Р» or «С» before «Ё», «ё», ««» or «»» reads as one
/// such letter by chance, while a file whose UTF-8 turns to Windows-1251
/// halfway has words of them before.
fn has_utf8_cyrillic(bytes: &[u8]) -> bool {
    bytes
        .windows(2)
        .filter(|w| matches!(w[0], 0xD0 | 0xD1) && (0x80..0xC0).contains(&w[1]))
        .nth(2)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Bytes in memory, decoded.
    fn decoded(bytes: &[u8]) -> Decoded {
        let Ok(decoded) = decode(bytes);
        decoded
    }

    /// Bytes decoded all at once, as the definition says.
    /// «РЁё» in Windows-1251 starts with a UTF-8 letter by chance: it is
    /// read as Windows-1251, not as a file of mixed encodings.
    #[test]
    fn one_chance_utf8_letter_is_windows_1251() {
        let read = decoded(b"id,name\n1,\xD0\xA8\xB8\n");
        assert_eq!(
            (read.text.as_str(), read.encoding),
            ("id,name\n1,РЁё\n", Encoding::Windows1251)
        );
        assert_eq!(read.mixed_at, None);
    }

    fn reference(bytes: &[u8]) -> (String, Encoding, Option<usize>) {
        let (bytes, encoding) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (rest, Encoding::Utf8Bom),
            None => (bytes, Encoding::Utf8),
        };
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), encoding, None),
            Err(e) => {
                let valid = e.valid_up_to();
                if encoding == Encoding::Utf8Bom || has_utf8_cyrillic(&bytes[..valid]) {
                    let text = String::from_utf8_lossy(bytes).into_owned();
                    (text, encoding, Some(valid))
                } else {
                    let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes);
                    (text.into_owned(), Encoding::Windows1251, None)
                }
            }
        }
    }

    /// A large Windows-1251 file, every byte value, reads as encoding_rs
    /// (the WHATWG table) decodes it in one go.
    #[test]
    fn windows_1251_in_pieces_is_windows_1251() {
        let mut bytes = b"id;name\r\n".to_vec();
        bytes.extend((0..3_000_017u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
        let (whole, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&bytes);
        let read = decoded(&bytes);
        assert_eq!(read.encoding, Encoding::Windows1251);
        assert_eq!(read.text, whole);
    }

    /// A large UTF-8 file whose letters straddle the pieces reads whole.
    #[test]
    fn utf8_letters_cut_between_pieces_are_kept() {
        let text = "ж€😀".repeat(PIECE / 3);
        for start in ["", "\u{feff}", "a", "ab"] {
            let bytes = format!("{start}{text}");
            let read = decoded(bytes.as_bytes());
            assert_eq!(read.text, bytes.trim_start_matches('\u{feff}'));
            assert_eq!(read.mixed_at, None);
        }
    }

    proptest! {
        /// Whatever the bytes and wherever the pieces end, the text is what
        /// decoding them all at once gives.
        #[test]
        fn decoding_in_pieces_is_decoding_at_once(
            start in prop::sample::select(vec![&b""[..], b"\xEF\xBB\xBF", b"\xEF\xBB"]),
            body in prop::collection::vec(prop::sample::select(vec![
                &b"a"[..], b",", b"\n", b"\xD0\x96", b"\xD0", b"\x96", b"\xE2\x82\xAC",
                b"\xF0\x9F\x98\x80", b"\xC0", b"\xFF", b"\xB8",
            ]), 0..40),
            piece in 4usize..12,
        ) {
            let bytes: Vec<u8> = start.iter().chain(body.concat().iter()).copied().collect();
            let Ok(read) = decode_in_pieces(&bytes[..], piece);
            prop_assert_eq!((read.text, read.encoding, read.mixed_at), reference(&bytes));
        }
    }
}
