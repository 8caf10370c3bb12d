//! Work over the rows of a large file split into contiguous ranges, one per
//! core. Results come back in the order of the ranges, so output never
//! depends on timing or on how many cores the machine has.

use std::ops::Range;

/// Runs `work` on consecutive ranges covering `0..len`, each of at least
/// `min` items, on up to as many threads as there are cores; a short input
/// runs on the calling thread alone.
pub fn ranges<R: Send>(len: usize, min: usize, work: impl Fn(Range<usize>) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let parts = (len / min.max(1)).clamp(1, cores);
    if parts == 1 {
        return vec![work(0..len)];
    }
    let bounds: Vec<Range<usize>> = (0..parts)
        .map(|i| i * len / parts..(i + 1) * len / parts)
        .collect();
    std::thread::scope(|scope| {
        let work = &work;
        let handles: Vec<_> = bounds
            .into_iter()
            .map(|range| scope.spawn(move || work(range)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn ranges_cover_everything_once_and_in_order() {
        for (len, min) in [(0, 10), (5, 10), (100, 10), (101, 7), (1_000_003, 1000)] {
            let parts = super::ranges(len, min, |r| r);
            let joined: Vec<usize> = parts.into_iter().flatten().collect();
            assert_eq!(joined, (0..len).collect::<Vec<_>>());
        }
    }
}
