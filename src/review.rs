//! `mentor pair review`: the curator's screen over the solver. The
//! proposal with names; a key forbids a pair, locks one, opens a mentee's
//! alternatives (each with the optimum if it were locked), undoes. After
//! each decision the optimum is solved again and the screen says what
//! moved and what the decision cost. Kept apart from the terminal: keys in,
//! a drawn frame out, so that it is tested on ratatui's test backend.

use ratatui::Frame;
use ratatui::layout::{Constraint as Size, Flex, Layout, Margin, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState, Wrap};

use crate::i18n::I18n;
use crate::render::{cut, signed};
use mentor_core::finding::Message;
use mentor_core::pairing::{self, Alternative, Ask, Decision, Source, Suggestion, price};
use mentor_core::registry::Registry;
use mentor_core::registry::model::Rule;

/// How many other mentors a mentee's alternatives show.
const ALTERNATIVES: usize = 5;

/// A key the screen understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    /// Forbid the selected pair (`never`).
    Forbid,
    /// Lock the selected pair (`must`).
    Lock,
    /// The selected mentee's alternatives.
    Alternatives,
    /// Pick (in the alternatives).
    Enter,
    /// Back from the alternatives.
    Back,
    Undo,
    /// Write the decisions and the proposals, and leave.
    Write,
    /// Leave without writing.
    Quit,
}

/// What the loop does after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Stay,
    Write,
    Quit,
}

/// One line of the list: a pair, or a mentee left without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    Pair(usize),
    Unmatched(usize),
}

/// The screen's state.
#[derive(Debug)]
pub struct Review<'r> {
    reg: &'r Registry,
    ask: Ask<'r>,
    /// The decisions of registry/constraints.csv.
    kept: Vec<Decision>,
    /// The decisions made on this screen, in order (undo takes the last).
    pub made: Vec<Decision>,
    pub suggestion: Suggestion,
    /// What the last decision changed: mentees whose mentor moved (mentee,
    /// mentor before, mentor after) and the totals before it.
    moved: Vec<(String, Option<String>, Option<String>)>,
    before: Option<(usize, i64)>,
    /// The mentees each mentor already has (`Registry::taken`).
    taken: mentor_core::registry::Taken<'r>,
    /// The pairs already running: their locks take no place.
    running: mentor_core::registry::Running<'r>,
    selected: usize,
    /// A mentee's alternatives, while open, and the one selected.
    alternatives: Option<(usize, Vec<Alternative>, usize)>,
    i18n: &'r I18n,
    color: bool,
    /// People's names beside their ids (not in a CI log).
    names: bool,
    /// A word about the last key, shown instead of what moved.
    note: Option<String>,
    /// `q` was pressed once with decisions not written.
    leaving: bool,
}

impl<'r> Review<'r> {
    /// The screen over the registries, with the decisions already kept.
    pub fn new(
        reg: &'r Registry,
        ask: Ask<'r>,
        i18n: &'r I18n,
        style: crate::render::Style,
    ) -> Self {
        let kept = ask.decisions.to_vec();
        let taken = reg.taken(|p| p.active_on(ask.today));
        let running = reg.running(|p| p.active_on(ask.today));
        let suggestion = pairing::suggest(reg, &ask, &mut |_, _, _| {});
        Review {
            reg,
            ask,
            kept,
            made: Vec::new(),
            suggestion,
            moved: Vec::new(),
            before: None,
            taken,
            running,
            selected: 0,
            alternatives: None,
            i18n,
            color: style.color,
            names: style.names,
            note: None,
            leaving: false,
        }
    }

    fn lines(&self) -> Vec<Entry> {
        let s = &self.suggestion;
        (0..s.pairs.len())
            .map(Entry::Pair)
            .chain((0..s.unmatched.len()).map(Entry::Unmatched))
            .collect()
    }

    /// The mentee of the selected line (the registry's index).
    fn mentee(&self) -> Option<usize> {
        Some(match *self.lines().get(self.selected)? {
            Entry::Pair(i) => self.suggestion.pairs[i].mentee,
            Entry::Unmatched(i) => self.suggestion.unmatched[i].0,
        })
    }

    /// The selected pair, as ids.
    fn pair(&self) -> Option<(String, String)> {
        match *self.lines().get(self.selected)? {
            Entry::Pair(i) => {
                let p = &self.suggestion.pairs[i];
                Some((
                    self.reg.mentors[p.mentor].person.id.to_string(),
                    self.reg.mentees[p.mentee].person.id.to_string(),
                ))
            }
            Entry::Unmatched(_) => None,
        }
    }

    /// Takes a key; says whether to stay, write or quit.
    pub fn key(&mut self, key: Key) -> Next {
        self.note = None;
        // Decisions not written are not lost to one key: `q` asks again.
        let leaving = std::mem::take(&mut self.leaving);
        if key == Key::Quit && !leaving && !self.made.is_empty() {
            self.leaving = true;
            let msg = Message::new("review-quit-again").arg("decisions", self.made.len());
            self.note = Some(self.say(msg));
            return Next::Stay;
        }
        if let Some((mentee, options, at)) = &mut self.alternatives {
            match key {
                Key::Up => *at = at.saturating_sub(1),
                Key::Down => *at = (*at + 1).min(options.len().saturating_sub(1)),
                Key::Enter | Key::Lock => {
                    let chosen = options.get(*at).map(|a| a.mentor);
                    let mentee = *mentee;
                    self.alternatives = None;
                    if let Some(mentor) = chosen {
                        let ids = (
                            self.reg.mentors[mentor].person.id.to_string(),
                            self.reg.mentees[mentee].person.id.to_string(),
                        );
                        self.decide(ids, Rule::Must);
                    }
                }
                Key::Back | Key::Alternatives => self.alternatives = None,
                Key::Quit => return Next::Quit,
                Key::Write => return Next::Write,
                _ => {}
            }
            return Next::Stay;
        }
        let last = self.lines().len().saturating_sub(1);
        match key {
            Key::Up => self.selected = self.selected.saturating_sub(1),
            Key::Down => self.selected = (self.selected + 1).min(last),
            Key::Forbid | Key::Lock => {
                if let Some(ids) = self.pair() {
                    let rule = if key == Key::Forbid {
                        Rule::Never
                    } else {
                        Rule::Must
                    };
                    self.decide(ids, rule);
                }
            }
            Key::Alternatives | Key::Enter => self.open_alternatives(),
            Key::Undo => {
                if self.made.pop().is_some() {
                    self.solve();
                }
            }
            Key::Write => return Next::Write,
            Key::Quit => return Next::Quit,
            Key::Back => {}
        }
        Next::Stay
    }

    /// A decision on a pair: a new one is made; the same again is nothing;
    /// one against this screen's earlier decision replaces it; one against
    /// the file's is refused (the file would hold both: `constraint-conflict`).
    fn decide(&mut self, (mentor, mentee): (String, String), rule: Rule) {
        let same = |d: &&Decision| d.mentor == mentor && d.mentee == mentee;
        if let Some(kept) = self.kept.iter().rev().find(same) {
            let id = if kept.rule == rule {
                "review-decided-already"
            } else {
                "review-decided-in-file"
            };
            let line = kept.source.line();
            self.note = Some(self.say(Message::new(id).arg("line", line)));
            return;
        }
        if let Some(at) = self.made.iter().position(|d| same(&d)) {
            if self.made[at].rule == rule {
                self.note =
                    Some(self.say(Message::new("review-decided-already").arg("line", 0usize)));
                return;
            }
            self.made.remove(at);
        }
        if rule == Rule::Must && !self.lockable(&mentor, &mentee) {
            return;
        }
        self.made.push(Decision {
            mentor,
            mentee,
            rule,
            source: Source::Screen,
        });
        self.solve();
    }

    /// Whether one more lock fits, else says why: a mentee is locked to one
    /// mentor (a lock of this screen is replaced, one of the file is the
    /// file's to change), and a mentor takes no more locks than free places.
    fn lockable(&mut self, mentor: &str, mentee: &str) -> bool {
        let locks = |d: &&Decision| d.rule == Rule::Must;
        let replaced = self
            .made
            .iter()
            .position(|d| d.rule == Rule::Must && d.mentee == mentee);
        if replaced.is_none()
            && let Some(kept) = self.kept.iter().filter(locks).find(|d| d.mentee == mentee)
        {
            let msg = Message::new("review-locked-in-file")
                .arg("mentee", mentee)
                .arg("mentor", kept.mentor.as_str())
                .arg("line", kept.source.line());
            self.note = Some(self.say(msg));
            return false;
        }
        let Some(m) = self.reg.mentor(mentor) else {
            return false;
        };
        let locked = self
            .kept
            .iter()
            .chain(&self.made)
            .filter(locks)
            .filter(|d| d.mentor == mentor && d.mentee != mentee)
            // A lock on a pair already running takes no place (it is kept).
            .filter(|d| {
                !self
                    .running
                    .contains(&(d.mentor.as_str(), d.mentee.as_str()))
            })
            .count() as u32;
        if locked >= m.free(&self.taken) {
            let msg = Message::new("review-mentor-full").arg("mentor", mentor);
            self.note = Some(self.say(msg));
            return false;
        }
        // The mentee's lock of this screen gives way to this one.
        if let Some(at) = replaced {
            self.made.remove(at);
        }
        true
    }

    /// The optimum under every decision, and what changed from the last.
    fn solve(&mut self) {
        let decisions: Vec<Decision> = self.kept.iter().chain(&self.made).cloned().collect();
        let ask = Ask {
            decisions: &decisions,
            ..self.ask.clone()
        };
        let next = pairing::suggest(self.reg, &ask, &mut |_, _, _| {});
        let mentor_of = |s: &Suggestion| -> std::collections::BTreeMap<String, String> {
            s.pairs
                .iter()
                .map(|p| {
                    (
                        self.reg.mentees[p.mentee].person.id.to_string(),
                        self.reg.mentors[p.mentor].person.id.to_string(),
                    )
                })
                .collect()
        };
        let (was, now) = (mentor_of(&self.suggestion), mentor_of(&next));
        let mut mentees: Vec<&String> = was.keys().chain(now.keys()).collect();
        mentees.sort();
        mentees.dedup();
        self.moved = mentees
            .into_iter()
            .filter(|m| was.get(*m) != now.get(*m))
            .map(|m| (m.clone(), was.get(m).cloned(), now.get(m).cloned()))
            .collect();
        self.before = Some((self.suggestion.pairs.len(), self.suggestion.total_score));
        self.suggestion = next;
        self.selected = self.selected.min(self.lines().len().saturating_sub(1));
    }

    fn open_alternatives(&mut self) {
        let Some(mentee) = self.mentee() else {
            return;
        };
        let s = &self.suggestion;
        let prices = price::Prices::new(&s.problem, &s.solution);
        let Some(u) = s.mentees_of.iter().position(|&m| m == mentee) else {
            return;
        };
        let options = pairing::alternatives_of(s, &prices, u, ALTERNATIVES);
        self.alternatives = Some((mentee, options, 0));
    }

    fn say(&self, message: Message) -> String {
        self.i18n.text(&message)
    }

    /// Draws the screen: the list, what the last decision changed, the
    /// totals, and the keys.
    pub fn draw(&self, frame: &mut Frame<'_>) {
        let [list, changes, status, keys] = Layout::vertical([
            Size::Min(5),
            Size::Length(4),
            Size::Length(1),
            Size::Length(1),
        ])
        .areas(frame.area());
        let accent = |c: Color| {
            if self.color {
                Style::default().fg(c)
            } else {
                Style::default()
            }
        };
        let person = |id: &str, name: &str| {
            if self.names {
                format!("{id} {name}")
            } else {
                id.to_owned()
            }
        };
        let locked = |mentor: &str, mentee: &str| {
            self.kept
                .iter()
                .chain(&self.made)
                .any(|d| d.rule == Rule::Must && d.mentor == mentor && d.mentee == mentee)
        };
        let sizes = [
            Size::Percentage(36),
            Size::Percentage(34),
            Size::Percentage(22),
            Size::Length(6),
        ];
        let fit = fitting(list, &sizes);
        let header = fit([
            "review-mentor",
            "review-mentee",
            "review-form",
            "review-score",
        ]
        .map(|id| self.i18n.get(id))
        .to_vec())
        .style(Style::default().add_modifier(Modifier::BOLD));
        let rows = self.lines().into_iter().map(|line| match line {
            Entry::Pair(i) => {
                let p = &self.suggestion.pairs[i];
                let (m, e) = (
                    &self.reg.mentors[p.mentor].person,
                    &self.reg.mentees[p.mentee].person,
                );
                let mark = if locked(&m.id, &e.id) { "● " } else { "" };
                fit(vec![
                    format!("{mark}{}", person(&m.id, &m.name)),
                    person(&e.id, &e.name),
                    p.form.name().to_owned(),
                    p.score.to_string(),
                ])
            }
            Entry::Unmatched(i) => {
                let (mentee, why) = self.suggestion.unmatched[i];
                let e = &self.reg.mentees[mentee].person;
                // Why, in a word: the form column has room for little more.
                fit(vec![
                    "—".to_owned(),
                    person(&e.id, &e.name),
                    self.say(Message::new("review-unmatched").arg("reason", why.id())),
                    String::new(),
                ])
                .style(accent(Color::Yellow))
            }
        });
        let title = match &self.alternatives {
            Some(_) => self.say(Message::new("review-title-alternatives")),
            None => self.say(Message::new("review-title")),
        };
        let table = Table::new(rows, sizes)
            .header(header)
            .block(Block::default().borders(Borders::ALL).title(title))
            .row_highlight_style(Style::default().add_modifier(Modifier::REVERSED));
        let mut state = TableState::default().with_selected(Some(self.selected));
        frame.render_stateful_widget(table, list, &mut state);
        if let Some((mentee, options, at)) = &self.alternatives {
            // The alternatives in place of the list: the mentor, the pair's
            // points, and the optimum if it were locked.
            let e = &self.reg.mentees[*mentee].person;
            let sizes = [Size::Percentage(40), Size::Length(6), Size::Fill(1)];
            let fit = fitting(list, &sizes);
            let rows: Vec<Row<'_>> = options
                .iter()
                .map(|a| {
                    let m = &self.reg.mentors[a.mentor].person;
                    fit(vec![
                        person(&m.id, &m.name),
                        a.score.to_string(),
                        self.outcome(a.outcome),
                    ])
                })
                .collect();
            // A mentee without a pair and without alternatives: why, as `--explain` says it.
            let why = self.suggestion.unmatched.iter().find(|(m, _)| m == mentee);
            let why = why.filter(|_| rows.is_empty());
            let title = match why {
                Some(_) => "review-alternatives-none",
                None => "review-alternatives",
            };
            let title = self.say(Message::new(title).arg("mentee", person(&e.id, &e.name)));
            let block = Block::default().borders(Borders::ALL).title(title);
            frame.render_widget(ratatui::widgets::Clear, list);
            if rows.is_empty() {
                let text = match why {
                    Some((_, why)) => crate::render::pairs::why(*why, self.i18n),
                    None => self.say(Message::new("review-no-alternatives")),
                };
                let text = Paragraph::new(text).wrap(Wrap { trim: true }).block(block);
                frame.render_widget(text, list);
            } else {
                let table = Table::new(rows, sizes)
                    .block(block)
                    .row_highlight_style(Style::default().add_modifier(Modifier::REVERSED));
                let mut state = TableState::default().with_selected(Some(*at));
                frame.render_stateful_widget(table, list, &mut state);
            }
        }
        let unmet = self
            .suggestion
            .unmet
            .iter()
            .map(|(d, u)| crate::render::pairs::unmet(d, *u, self.i18n));
        let moved: Vec<String> = if let Some(note) = &self.note {
            vec![note.clone()]
        } else if self.moved.is_empty() {
            vec![self.say(Message::new(if self.before.is_some() {
                "review-nothing-moved"
            } else {
                "review-start"
            }))]
        } else {
            self.moved
                .iter()
                .map(|(mentee, was, now)| {
                    let msg = Message::new("review-moved")
                        .arg("mentee", mentee.as_str())
                        .arg("was", was.as_deref().unwrap_or("—"))
                        .arg("now", now.as_deref().unwrap_or("—"));
                    self.say(msg)
                })
                .collect()
        };
        // The locks the optimum could not keep follow, whatever the key;
        // what does not fit is counted, never dropped in silence.
        let width = changes.width.max(1) as usize;
        let wrapped: Vec<Vec<String>> = moved
            .into_iter()
            .chain(unmet)
            .map(|text| {
                let rows = textwrap::wrap(&text, width);
                rows.into_iter().map(std::borrow::Cow::into_owned).collect()
            })
            .collect();
        let mut rows = wrapped.concat();
        let room = changes.height.saturating_sub(1) as usize;
        if rows.len() > room {
            let keep = room.saturating_sub(1);
            rows.truncate(keep);
            let whole = wrapped
                .iter()
                .scan(0, |used, w| {
                    *used += w.len();
                    Some(*used)
                })
                .take_while(|&used| used <= keep)
                .count();
            let msg = Message::new("review-more").arg("count", wrapped.len() - whole);
            rows.push(self.say(msg));
        }
        let lines: Vec<Line<'_>> = rows.into_iter().map(Line::from).collect();
        let title = self.say(Message::new("review-changes"));
        frame.render_widget(
            Paragraph::new(lines).block(Block::default().borders(Borders::TOP).title(title)),
            changes,
        );
        let s = &self.suggestion;
        let mut line = self.say(
            Message::new("review-status")
                .arg("matched", s.pairs.len())
                .arg("mentees", s.mentees)
                .arg("score", s.total_score.max(0) as usize)
                .arg("decisions", self.made.len()),
        );
        if let Some((matched, score)) = self.before {
            line.push_str("  ");
            line.push_str(
                &self.say(
                    Message::new("review-price")
                        .arg("pairs", signed(s.pairs.len() as i64 - matched as i64))
                        .arg("score", signed(s.total_score - score)),
                ),
            );
        }
        frame.render_widget(Paragraph::new(line).style(accent(Color::Cyan)), status);
        let keys_help = if self.alternatives.is_some() {
            "review-keys-alternatives"
        } else {
            "review-keys"
        };
        frame.render_widget(
            Paragraph::new(self.say(Message::new(keys_help)))
                .style(Style::default().add_modifier(Modifier::DIM)),
            keys,
        );
    }

    /// An optimum in short: pairs and score, with the difference from now.
    fn outcome(&self, o: price::Outcome) -> String {
        let s = &self.suggestion;
        if !o.holds {
            return self.say(Message::new("review-outcome-unmet"));
        }
        let price = self.say(
            Message::new("review-outcome")
                .arg("matched", o.matched)
                .arg("score", o.total_score.max(0) as usize)
                .arg("pairs", signed(o.matched as i64 - s.pairs.len() as i64))
                .arg("delta", signed(o.total_score - s.total_score)),
        );
        price + &crate::render::pairs::locks_moved(o, s, self.reg, self.i18n)
    }
}

/// A row whose cells are cut to the columns `sizes` give them in a table
/// bordered all round in `area` (ratatui cuts without a mark; a name cut
/// must show that it is).
fn fitting(area: Rect, sizes: &[Size]) -> impl Fn(Vec<String>) -> Row<'static> {
    let widths: Vec<usize> = Layout::horizontal(sizes.to_vec())
        .flex(Flex::Start)
        .spacing(1)
        .split(area.inner(Margin::new(1, 1)))
        .iter()
        .map(|r| r.width as usize)
        .collect();
    move |cells| {
        Row::new(
            cells
                .iter()
                .zip(&widths)
                .map(|(c, &w)| cut(c, w))
                .collect::<Vec<_>>(),
        )
    }
}

/// The key an event of the terminal means, if any: arrows or j/k, f, l,
/// a/Enter, Esc, u, w, q — and the same letters on a Russian layout.
fn key_of(event: &crossterm::event::KeyEvent) -> Option<Key> {
    use crossterm::event::{KeyCode, KeyEventKind, KeyModifiers};
    if event.kind == KeyEventKind::Release {
        return None;
    }
    if event.modifiers.contains(KeyModifiers::CONTROL) && event.code == KeyCode::Char('c') {
        return Some(Key::Quit);
    }
    Some(match event.code {
        KeyCode::Up | KeyCode::Char('k' | 'л') => Key::Up,
        KeyCode::Down | KeyCode::Char('j' | 'о') => Key::Down,
        KeyCode::Char('f' | 'а') => Key::Forbid,
        KeyCode::Char('l' | 'д') => Key::Lock,
        KeyCode::Char('a' | 'ф') => Key::Alternatives,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc | KeyCode::Backspace => Key::Back,
        KeyCode::Char('u' | 'г') => Key::Undo,
        KeyCode::Char('w' | 'ц') => Key::Write,
        KeyCode::Char('q' | 'й') => Key::Quit,
        _ => return None,
    })
}

/// Puts the terminal back as it was, however the screen ends.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
        let _ = crossterm::execute!(
            std::io::stdout(),
            crossterm::terminal::LeaveAlternateScreen,
            crossterm::cursor::Show
        );
    }
}

/// Runs the screen in the terminal until the curator writes (`true`) or
/// leaves (`false`).
pub fn run(review: &mut Review<'_>) -> std::io::Result<bool> {
    crossterm::terminal::enable_raw_mode()?;
    let _restore = Restore;
    crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
    let backend = ratatui::backend::CrosstermBackend::new(std::io::stdout());
    let mut terminal = ratatui::Terminal::new(backend)?;
    loop {
        terminal.draw(|frame| review.draw(frame))?;
        if let crossterm::event::Event::Key(event) = crossterm::event::read()?
            && let Some(key) = key_of(&event)
        {
            match review.key(key) {
                Next::Stay => {}
                Next::Write => return Ok(true),
                Next::Quit => return Ok(false),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::i18n::Lang;

    /// The example school on 01.12.2025, in Russian.
    fn school() -> (Registry, I18n) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/school/registry");
        let (reg, _) = Registry::load(&dir).expect("registry");
        (reg, I18n::new(Lang::Ru))
    }

    fn ask(decisions: &[Decision]) -> Ask<'_> {
        Ask {
            weights: pairing::Weights::of(&Default::default()),
            today: chrono::NaiveDate::from_ymd_opt(2025, 12, 1).expect("day"),
            only: None,
            stable: false,
            decisions,
        }
    }

    /// A lock on line 2 of registry/constraints.csv.
    fn locked_in_file(mentor: &str, mentee: &str) -> Decision {
        Decision {
            mentor: mentor.to_owned(),
            mentee: mentee.to_owned(),
            rule: Rule::Must,
            source: Source::File(2),
        }
    }

    fn style() -> crate::render::Style {
        crate::render::Style {
            color: false,
            excel: false,
            width: None,
            verbose: false,
            names: true,
        }
    }

    /// The screen drawn at 80×24, as text.
    fn screen(review: &Review<'_>) -> String {
        screen_of(review, 80, 24)
    }

    fn screen_of(review: &Review<'_>, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        terminal.draw(|f| review.draw(f)).expect("draw");
        let buffer = terminal.backend().buffer();
        (0..height)
            .map(|y| {
                (0..width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    + "\n"
            })
            .collect()
    }

    /// A lock on a pair already running takes none of the mentor's places:
    /// M01 (two places, one taken by the running M01 – S01, locked in the
    /// file) can still take a lock on M01 – S08.
    #[test]
    fn a_lock_on_a_running_pair_takes_no_place() {
        let (reg, i18n) = school();
        let kept = [locked_in_file("M01", "S01")];
        let mut review = Review::new(&reg, ask(&kept), &i18n, style());
        review.key(Key::Down);
        review.key(Key::Down);
        assert_eq!(review.pair(), Some(("M01".to_owned(), "S08".to_owned())));
        review.key(Key::Lock);
        assert_eq!(review.made.len(), 1, "{}", screen(&review));
    }

    /// Cut text shows that it is cut: names and headers end in «…», and
    /// what the change panel cannot hold is counted.
    #[test]
    fn what_does_not_fit_says_so() {
        let (reg, i18n) = school();
        let review = Review::new(&reg, ask(&[]), &i18n, style());
        let wide = screen(&review);
        assert!(wide.contains("M01 Соколова Анна…"), "{wide}");
        let narrow = screen_of(&review, 40, 24);
        assert!(narrow.contains("Наставляем…"), "{narrow}");
        assert!(narrow.contains("S08 Белова…"), "{narrow}");
        // The first words of the start, then how many more; never a part in silence.
        let slim = screen_of(&review, 30, 24);
        assert!(slim.contains("…и ещё 1"), "{slim}");
    }

    /// A mentee without a pair: the alternatives say why there are none.
    #[test]
    fn a_mentee_without_a_pair_says_why() {
        let (reg, i18n) = school();
        let mut review = Review::new(&reg, ask(&[]), &i18n, style());
        // The lines: three pairs, then S03 (no consent).
        for _ in 0..3 {
            review.key(Key::Down);
        }
        review.key(Key::Alternatives);
        let why = screen(&review);
        assert!(why.contains("S03 Никитин Павел: подобрать некого"), "{why}");
        assert!(
            why.contains("нет согласия на обработку персональных данных"),
            "{why}"
        );
        assert!(!why.contains("с местами нет"), "{why}");
    }

    #[test]
    fn forbid_lock_alternatives_and_undo() {
        let (reg, i18n) = school();
        let mut review = Review::new(&reg, ask(&[]), &i18n, style());
        let start = screen(&review);
        assert!(start.contains("M02 Лебедев"), "{start}");
        // Those left without a pair say why, in a word.
        assert!(start.contains("нет согласия"), "{start}");
        assert!(start.contains("возраст не 10–19"), "{start}");
        assert!(start.contains("пар 3 из 6, баллов 35"), "{start}");
        // Forbid the first pair (M02 – S04): S04 goes to another mentor.
        assert_eq!(review.key(Key::Forbid), Next::Stay);
        assert_eq!(review.made.len(), 1);
        assert_eq!(review.made[0].rule, Rule::Never);
        let forbidden = screen(&review);
        assert!(forbidden.contains("S04: M02 →"), "{forbidden}");
        assert!(forbidden.contains("цена: пар ±0, баллов −3"), "{forbidden}");
        // Everything fits 80 columns: the keys' line ends whole.
        assert!(forbidden.contains("q выйти"), "{forbidden}");
        // Undo: the optimum of the start again.
        review.key(Key::Undo);
        assert!(review.made.is_empty());
        assert_eq!(review.suggestion.total_score, 35);
        // A mentee's alternatives: the first locked, and the pair moves.
        review.key(Key::Alternatives);
        let alternatives = screen(&review);
        assert!(
            alternatives.contains("другие наставники — Enter закрепит"),
            "{alternatives}"
        );
        assert!(alternatives.contains("M01 Соколова"), "{alternatives}");
        review.key(Key::Enter);
        assert_eq!(review.made.len(), 1);
        assert_eq!(review.made[0].rule, Rule::Must);
        let locked = screen(&review);
        assert!(locked.contains("● M01 Соколова"), "{locked}");
        // Leaving: write; or, with decisions not written, `q` twice.
        assert_eq!(review.key(Key::Write), Next::Write);
        assert_eq!(review.key(Key::Quit), Next::Stay);
        assert!(screen(&review).contains("q ещё раз"));
        assert_eq!(review.key(Key::Quit), Next::Quit);
    }

    /// The same decision twice is one; the other rule on the same pair
    /// replaces it; a decision against the file's is refused, so that the
    /// file never holds both.
    #[test]
    fn decisions_are_never_twice_nor_against_the_file() {
        let (reg, i18n) = school();
        let mut review = Review::new(&reg, ask(&[]), &i18n, style());
        review.key(Key::Lock);
        review.key(Key::Lock);
        assert_eq!(review.made.len(), 1);
        assert!(screen(&review).contains("уже принято"));
        review.key(Key::Forbid);
        assert_eq!(review.made.len(), 1);
        assert_eq!(review.made[0].rule, Rule::Never);
        let kept = [locked_in_file("M02", "S04")];
        let mut review = Review::new(&reg, ask(&kept), &i18n, style());
        review.key(Key::Forbid);
        assert!(review.made.is_empty());
        assert!(screen(&review).contains("(строка 2) об этой паре решено иначе"));
        // S04 is locked to M02 by the file: locking S04 to another is the file's to change.
        review.key(Key::Alternatives);
        review.key(Key::Enter);
        assert!(review.made.is_empty());
        assert!(screen(&review).contains("уже закреплён за M02"));
    }

    #[test]
    fn the_selection_stays_inside_the_list() {
        let (reg, i18n) = school();
        let mut review = Review::new(&reg, ask(&[]), &i18n, style());
        for _ in 0..50 {
            review.key(Key::Down);
        }
        let rows = review.suggestion.pairs.len() + review.suggestion.unmatched.len();
        assert_eq!(review.selected, rows - 1);
        // An unmatched mentee has no pair to forbid or lock.
        review.key(Key::Forbid);
        review.key(Key::Lock);
        assert!(review.made.is_empty());
        for _ in 0..50 {
            review.key(Key::Up);
        }
        assert_eq!(review.selected, 0);
    }

    #[test]
    fn keys_on_a_russian_layout_mean_the_same() {
        use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
        let key = |c| key_of(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        for (latin, russian) in [
            ('f', 'а'),
            ('l', 'д'),
            ('a', 'ф'),
            ('u', 'г'),
            ('w', 'ц'),
            ('q', 'й'),
        ] {
            assert_eq!(key(latin), key(russian));
            assert!(key(latin).is_some());
        }
    }
}
