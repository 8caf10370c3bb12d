//! Work over the rows of a large file (or the findings of a large run)
//! split into contiguous chunks, one per core. Results come back in the
//! order of the chunks, so output never depends on timing or on how many
//! cores the machine has.

use std::ops::Range;

/// Runs `work` on consecutive chunks of `items` (with the index of each
/// chunk's first item), each of at least `min` items, on up to as many
/// threads as there are cores; a short input runs on the calling thread.
pub fn chunks<S: Sync, R: Send>(
    items: &[S],
    min: usize,
    work: impl Fn(usize, &[S]) -> R + Sync,
) -> Vec<R> {
    let jobs = bounds(items.len(), min)
        .into_iter()
        .map(|r| (r.start, &items[r]));
    run(jobs, |(start, chunk)| work(start, chunk))
}

/// The cores this machine has (1 when it cannot say).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
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

/// Runs one job per thread (the calling thread when there is one job).
fn run<J: Send, R: Send>(
    jobs: impl IntoIterator<Item = J>,
    work: impl Fn(J) -> R + Sync,
) -> Vec<R> {
    let mut jobs: Vec<J> = jobs.into_iter().collect();
    if jobs.len() == 1 {
        return jobs.drain(..).map(&work).collect();
    }
    std::thread::scope(|scope| {
        let work = &work;
        let handles: Vec<_> = jobs
            .into_iter()
            .map(|job| scope.spawn(move || work(job)))
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
