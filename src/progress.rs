//! A one-line progress report on standard error for long runs (a region's
//! pairing): only on a terminal, and only once a run has taken half a
//! second, so short runs, pipes and CI logs see nothing.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Waits this long before showing anything.
const DELAY: Duration = Duration::from_millis(500);
/// Redraws at most this often.
const EVERY: Duration = Duration::from_millis(100);
const WIDTH: usize = 30;

#[derive(Debug)]
pub struct Progress {
    enabled: bool,
    start: Instant,
    drawn: Option<Instant>,
}

impl Progress {
    /// Shows progress when standard error is a terminal.
    pub fn on_terminal() -> Progress {
        Progress {
            enabled: std::io::stderr().is_terminal(),
            start: Instant::now(),
            drawn: None,
        }
    }

    /// `label [#####-----] done/total`.
    pub fn bar(&mut self, label: &str, done: usize, total: usize) {
        if !self.enabled || self.start.elapsed() < DELAY {
            return;
        }
        if self.drawn.is_some_and(|at| at.elapsed() < EVERY) && done < total {
            return;
        }
        self.drawn = Some(Instant::now());
        let filled = (done * WIDTH).checked_div(total).unwrap_or(0).min(WIDTH);
        let _ = write!(
            std::io::stderr().lock(),
            "\r{label} [{}{}] {done}/{total}\x1b[K",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled)
        );
    }

    /// Clears the line, if anything was drawn.
    pub fn finish(&mut self) {
        if self.drawn.take().is_some() {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[K");
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
