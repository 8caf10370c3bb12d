//! Work over the rows of a large file (or the findings of a large run)
//! split into contiguous chunks, one per core, on rayon's one pool. Results
//! come back in the order of the chunks, so output never depends on timing
//! or on how many cores the machine has. Contiguous chunks (not rayon's own
//! splitting) because the callers build one table per chunk and merge them.

use std::ops::Range;

use rayon::prelude::*;

/// Runs `work` on consecutive chunks of `items` (with the index of each
/// chunk's first item), each of at least `min` items, on up to as many
/// threads as there are cores; a short input runs on the calling thread.
pub fn chunks<S: Sync, R: Send>(
    items: &[S],
    min: usize,
    work: impl Fn(usize, &[S]) -> R + Sync,
) -> Vec<R> {
    let bounds = bounds(items.len(), min);
    if bounds.len() == 1 {
        return bounds
            .into_iter()
            .map(|r| work(r.start, &items[r]))
            .collect();
    }
    bounds
        .into_par_iter()
        .map(|r| work(r.start, &items[r]))
        .collect()
}

/// The threads of the pool: one per core.
pub fn cores() -> usize {
    rayon::current_num_threads()
}

/// How many parts `len` items make: one per core, each of at least `min`
/// (one part when there are fewer).
pub fn parts(len: usize, min: usize) -> usize {
    (len / min.max(1)).clamp(1, cores())
}

/// Consecutive ranges covering `0..len`: one per core, each of at least `min`.
fn bounds(len: usize, min: usize) -> Vec<Range<usize>> {
    let parts = parts(len, min);
    (0..parts)
        .map(|i| i * len / parts..(i + 1) * len / parts)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn chunks_cover_everything_once_and_in_order() {
        for (len, min) in [(0, 10), (5, 10), (100, 10), (101, 7), (1_000_003, 1000)] {
            let items: Vec<usize> = (0..len).collect();
            let parts = super::chunks(&items, min, |start, chunk| (start, chunk.to_vec()));
            let mut next = 0;
            for (start, chunk) in &parts {
                assert_eq!(*start, next);
                assert!(chunk.len() >= min.min(len));
                next += chunk.len();
            }
            assert_eq!(next, len);
            let copies: Vec<usize> = parts.into_iter().flat_map(|(_, c)| c).collect();
            assert_eq!(copies, items);
        }
    }
}
