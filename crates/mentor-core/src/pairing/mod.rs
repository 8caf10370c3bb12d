//! Pairing (`mentor pair suggest`): who may be paired with whom under the
//! model's hard rules (product.md, Pairing), how well they fit, the exact
//! best pairing, and why each pair — or each mentee left out.

pub mod approve;
pub mod constraints;
mod flow;
pub mod price;
pub mod problem;
pub mod solve;
pub mod stable;

use chrono::NaiveDate;

use crate::program::Weights as WeightsConfig;
use crate::registry::Registry;
use crate::registry::columns::Kind;
use crate::registry::model::{Mentee, Mentor, Rule, Tag};
use crate::registry::values::{Form, Role};
use crate::text::fold;
use problem::{Edge, Problem};

/// The weights of the score (`matching.weights` in `mentor.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights {
    pub requests: i64,
    pub interests: i64,
    pub age: i64,
    pub schedule: i64,
    pub choice: i64,
}

impl Weights {
    /// The configured weights, the defaults of product.md where absent.
    pub fn of(config: &WeightsConfig) -> Weights {
        let w = |v: &Option<crate::decode::Located<u32>>, default| {
            v.as_ref().map_or(default, |l| i64::from(l.value))
        };
        Weights {
            requests: w(&config.requests, 5),
            interests: w(&config.interests, 2),
            age: w(&config.age, 1),
            schedule: w(&config.schedule, 1),
            choice: w(&config.choice, 10),
        }
    }
}

/// Why a pair scores: one entry per criterion that gave points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Mentee requests covered by mentor competencies.
    Requests(Vec<Tag>),
    Interests(Vec<Tag>),
    /// The mentee's age is in the mentor's preferred range.
    Age,
    /// Days both can meet (bit set, Monday first).
    Schedule(u8),
    /// The mentee named this mentor.
    Choice,
}

/// A proposed pair: indices into the registry's mentors and mentees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub mentor: usize,
    pub mentee: usize,
    pub form: Form,
    pub score: i64,
    pub reasons: Vec<(Reason, i64)>,
    /// The candidate edge of the pair in [`Suggestion::problem`].
    pub edge: usize,
}

/// Why a mentee is left without a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    NoConsent,
    /// The form needs an age and the registry has neither birth date nor age.
    NoAge,
    OutsideAge(u32),
    /// No mentor of an allowed form in the mentee's organization.
    NoMentor,
    /// The only eligible mentor is the mentee's own parent.
    OnlyParent,
    /// Every eligible mentor (this many) is already at capacity.
    AllAtCapacity(usize),
    /// The eligible mentors' places (this many mentors) went to other mentees.
    Taken(usize),
    /// Every mentor who passes the rules is forbidden by a `never`: where
    /// the first of them was decided.
    Constraint(Source),
}

/// A decision of the curator on one pair.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Decision {
    pub mentor: String,
    pub mentee: String,
    pub rule: Rule,
    pub source: Source,
}

/// The position of each pair's newest decision ([`Decision::newest`]).
pub type Newest<'d> = rustc_hash::FxHashMap<(&'d str, &'d str), usize>;

impl Decision {
    /// The newest decision of each pair, by its position: an option of the
    /// run, or a decision on the screen, counts over the file's (a pair both
    /// forbidden and locked in the file is `registry check`'s finding).
    pub fn newest(decisions: &[Decision]) -> Newest<'_> {
        let mut newest = Newest::default();
        for (i, d) in decisions.iter().enumerate() {
            newest.insert((d.mentor.as_str(), d.mentee.as_str()), i);
        }
        newest
    }
}

/// Where a decision was made: messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// A row of `registry/constraints.csv`, at this line.
    File(u32),
    /// `--never` or `--must` of this run.
    Option,
    /// The review screen, not written yet.
    Screen,
}

impl Source {
    /// The word messages select on.
    pub fn id(self) -> &'static str {
        match self {
            Source::File(_) => "file",
            Source::Option => "option",
            Source::Screen => "screen",
        }
    }

    /// The line in constraints.csv; 0 when not in the file.
    pub fn line(self) -> usize {
        match self {
            Source::File(line) => line as usize,
            _ => 0,
        }
    }
}

impl Decision {
    /// The decisions of the registry's constraints.csv (mentor–mentor and
    /// mentee–mentee rows included: pairing meets only mentor–mentee ones).
    pub fn of_registry(reg: &Registry) -> Vec<Decision> {
        let Some(table) = reg.tables.get(&Kind::Constraints) else {
            return Vec::new();
        };
        reg.constraints
            .iter()
            .map(|c| Decision {
                mentor: c.mentor_id.to_string(),
                mentee: c.mentee_id.to_string(),
                rule: c.rule,
                source: Source::File(table.sheet.rows.get(c.row).map_or(0, |r| r.line)),
            })
            .collect()
    }
}

/// Why a locked pair (`must`) is not in the proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unmet {
    /// One of the two is not to be paired now: not in the registry, without
    /// consent or approval, or the mentee already in an active pair.
    Absent,
    /// A hard rule forbids the pair.
    Block(Block),
    /// The mentor has no place left for it (other locked pairs took them).
    NoPlace,
    /// The mentee is in another locked pair.
    Elsewhere,
}

impl Block {
    pub fn id(self) -> &'static str {
        match self {
            Block::Form => "form",
            Block::Organization => "organization",
            Block::Age(_) => "age",
            Block::Parent => "parent",
            Block::Older => "older",
        }
    }
}

impl Unmet {
    pub fn id(self) -> &'static str {
        match self {
            Unmet::Absent => "absent",
            Unmet::Block(_) => "rule",
            Unmet::NoPlace => "no-place",
            Unmet::Elsewhere => "elsewhere",
        }
    }
}

impl Why {
    pub fn id(self) -> &'static str {
        match self {
            Why::NoConsent => "no-consent",
            Why::NoAge => "no-age",
            Why::OutsideAge(_) => "outside-age",
            Why::NoMentor => "no-mentor",
            Why::OnlyParent => "only-parent",
            Why::AllAtCapacity(_) => "all-at-capacity",
            Why::Taken(_) => "taken",
            Why::Constraint(_) => "constraint",
        }
    }
}

/// The proposal for a registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub pairs: Vec<Proposal>,
    pub unmatched: Vec<(usize, Why)>,
    /// Mentees considered: with no active pair (and of the form asked for).
    pub mentees: usize,
    pub total_score: i64,
    /// With `--stable`: what the optimum would match and score.
    pub optimum: Option<(usize, i64)>,
    /// Locked pairs (`must`) the proposal could not form, and why.
    pub unmet: Vec<(Decision, Unmet)>,
    /// The scored candidate graph the optimum is taken over (mentees and
    /// mentors numbered in id order), for `--graph`.
    pub problem: Problem,
    /// The optimum of `problem` (also under `--stable`), to price decisions on.
    pub solution: solve::Solution,
    /// The registry's mentees and mentors in the solver's numbering.
    pub mentees_of: Vec<usize>,
    pub mentors_of: Vec<usize>,
}

/// Why one mentor cannot take one mentee (the first rule that fails).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Block {
    Form,
    Organization,
    Age(Option<u32>),
    Parent,
    Older,
}

/// The form a mentor and a mentee would work in, if the roles and both
/// sides' declared forms allow one.
fn form_of(mentor: &Mentor, mentee: &Mentee, only: Option<Form>) -> Option<Form> {
    let mentee_side = match mentee.person.role? {
        Role::Learner => Role::Learner,
        Role::Student => Role::Student,
        Role::Teacher | Role::YoungTeacher => Role::Teacher,
        _ => return None,
    };
    let fits = |f: &Form| {
        f.roles().1 == mentee_side
            && (mentor.forms.is_empty() || mentor.forms.contains(f))
            && mentee.form.is_none_or(|m| m == *f)
            && only.is_none_or(|o| o == *f)
    };
    match mentor.person.role? {
        role @ (Role::Learner | Role::Student | Role::Teacher | Role::Employer) => Form::ALL
            .into_iter()
            .filter(|f| f.roles().0 == role)
            .find(fits),
        // Alumni, parents and partners take the forms their row lists.
        _ => mentor.forms.iter().copied().find(fits),
    }
}

/// The form of a mentor and a mentee under every hard rule, or the first
/// rule that fails.
pub fn check(
    mentor: &Mentor,
    mentee: &Mentee,
    today: NaiveDate,
    only: Option<Form>,
) -> Result<Form, Block> {
    check_on(mentor, mentee, Some(today), only)
}

/// [`check`], with the rules of ages only on a `day`.
pub fn check_on(
    mentor: &Mentor,
    mentee: &Mentee,
    day: Option<NaiveDate>,
    only: Option<Form>,
) -> Result<Form, Block> {
    let form = form_of(mentor, mentee, only).ok_or(Block::Form)?;
    // The same text needs no folding (the common case, run for every candidate).
    if mentee.person.organization != mentor.person.organization {
        let org = |o: &Option<Box<str>>| o.as_deref().map(fold).unwrap_or_default();
        let (theirs, mine) = (
            org(&mentee.person.organization),
            org(&mentor.person.organization),
        );
        if theirs != mine && !mentor.serves.contains(&theirs) {
            return Err(Block::Organization);
        }
    }
    let parent = mentor.children.contains(&mentee.person.id);
    let Some(today) = day else {
        return if parent { Err(Block::Parent) } else { Ok(form) };
    };
    let age = mentee.person.age_on(today);
    if form.has_age_limit() && !age.is_some_and(|a| (10..=19).contains(&a)) {
        return Err(Block::Age(age));
    }
    if parent {
        return Err(Block::Parent);
    }
    if matches!(form, Form::LearnerLearner | Form::StudentStudent) {
        let older = mentor
            .person
            .age_on(today)
            .zip(age)
            .is_some_and(|(m, e)| m > e);
        if !older {
            return Err(Block::Older);
        }
    }
    Ok(form)
}

/// A mentor a mentee could have instead, and the optimum if that pair
/// were locked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// The registry's mentor.
    pub mentor: usize,
    /// The pair's own score.
    pub score: i64,
    pub outcome: price::Outcome,
}

/// What each decision would cost: for each pair of the proposal, the
/// optimum if it were forbidden; for each mentee considered, the `n` best
/// other mentors (by the pair's score) and the optimum if each were locked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Priced {
    pub forbidding: Vec<price::Outcome>,
    pub alternatives: Vec<(usize, Vec<Alternative>)>,
}

/// The prices of [`Priced`], each solved exactly ([`price`]).
pub fn priced(s: &Suggestion, n: usize) -> Priced {
    let prices = price::Prices::new(&s.problem, &s.solution);
    let forbidding = s
        .pairs
        .iter()
        .map(|p| prices.with(p.edge, Rule::Never))
        .collect();
    let alternatives = s
        .mentees_of
        .iter()
        .enumerate()
        .map(|(u, &mentee)| (mentee, alternatives_of(s, &prices, u, n)))
        .filter(|(_, options)| !options.is_empty())
        .collect();
    Priced {
        forbidding,
        alternatives,
    }
}

/// The `n` best other mentors of mentee `u` (the solver's numbering), by
/// the pair's score, each with the optimum if it were locked. A mentor
/// without a place left is none.
pub fn alternatives_of(
    s: &Suggestion,
    prices: &price::Prices<'_>,
    u: usize,
    n: usize,
) -> Vec<Alternative> {
    // Edges are in mentee order: this mentee's are one run of them.
    let edges = &s.problem.edges;
    let from = edges.partition_point(|e| (e.mentee as usize) < u);
    let to = edges.partition_point(|e| (e.mentee as usize) <= u);
    let mut others: Vec<usize> = (from..to)
        .filter(|&e| {
            s.solution.chosen.binary_search(&e).is_err()
                && s.problem.capacity[edges[e].mentor as usize] > 0
        })
        .collect();
    // The best pairs first; ties by the mentor's id (their numbering).
    others.sort_by_key(|&e| (std::cmp::Reverse(edges[e].score), edges[e].mentor));
    others
        .into_iter()
        .take(n)
        .map(|e| Alternative {
            mentor: s.mentors_of[edges[e].mentor as usize],
            score: edges[e].score,
            outcome: prices.with(e, Rule::Must),
        })
        .collect()
}

/// Sorted tags both lists hold.
fn shared(a: &[Tag], b: &[Tag]) -> impl Iterator<Item = Tag> {
    a.iter().filter(|t| b.binary_search(t).is_ok()).copied()
}

/// The points of a pair, criterion by criterion. With `reasons`, the
/// evidence of each criterion is collected too; it is asked for the chosen
/// pairs only, as building it for every candidate of a region would
/// allocate tens of millions of times.
fn score(
    mentor: &Mentor,
    mentee: &Mentee,
    w: Weights,
    today: NaiveDate,
    mut reasons: Option<&mut Vec<(Reason, i64)>>,
) -> i64 {
    let mut total = 0;
    let mut add = |points: i64, reason: &dyn Fn() -> Reason| {
        total += points;
        if let Some(r) = reasons.as_deref_mut() {
            r.push((reason(), points));
        }
    };
    let requests = shared(&mentee.requests, &mentor.competencies).count();
    if requests > 0 {
        add(w.requests * requests as i64, &|| {
            Reason::Requests(shared(&mentee.requests, &mentor.competencies).collect())
        });
    }
    let interests = shared(&mentee.person.interests, &mentor.person.interests).count();
    if interests > 0 {
        add(w.interests * interests as i64, &|| {
            Reason::Interests(shared(&mentee.person.interests, &mentor.person.interests).collect())
        });
    }
    let age = mentee.person.age_on(today);
    if let (Some(age), Some((lo, hi))) = (age, mentor.mentee_age)
        && (lo..=hi).contains(&age)
    {
        add(w.age, &|| Reason::Age);
    }
    let days = mentee.person.days.unwrap_or(0) & mentor.person.days.unwrap_or(0);
    if days != 0 {
        add(w.schedule, &|| Reason::Schedule(days));
    }
    if mentee.wants.contains(&mentor.person.id) {
        add(w.choice, &|| Reason::Choice);
    }
    total
}

/// The phases of a long pairing run, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Candidates,
    Solving,
}

/// What a run of [`suggest`] is asked for besides the registries.
#[derive(Debug, Clone)]
pub struct Ask<'d> {
    pub weights: Weights,
    pub today: NaiveDate,
    /// One form only.
    pub only: Option<Form>,
    /// A stable matching instead of the optimum (which it is compared with).
    pub stable: bool,
    /// The curator's decisions: pairs never to form, pairs to form first.
    pub decisions: &'d [Decision],
}

/// The best pairing of the mentees without an active pair on `today` with
/// the mentors who have consent, approval (where the registry records it)
/// and places left, under the curator's decisions: a `never` pair is not a
/// candidate, a `must` pair is formed whenever the rules allow it, before
/// any other. `progress` hears how far each phase is: mentees whose
/// candidates are found, then mentees the solver has settled, of how many.
pub fn suggest(
    reg: &Registry,
    ask: &Ask<'_>,
    progress: &mut dyn FnMut(Phase, usize, usize),
) -> Suggestion {
    let Ask {
        weights,
        today,
        only,
        stable: stable_matching,
        decisions,
    } = *ask;
    let decided = Decision::newest(decisions);
    // Active pairs per mentor and per mentee, counted once: a region has
    // hundreds of thousands of pairs and of people.
    let taken = reg.taken(|p| p.active_on(today));
    let paired: rustc_hash::FxHashSet<&str> = reg
        .pairs
        .iter()
        .filter(|p| p.active_on(today))
        .filter_map(|p| p.mentee_id.as_deref())
        .collect();
    let records_approval = reg
        .tables
        .get(&Kind::Mentors)
        .is_some_and(|t| t.header.position("approved").is_some());
    // Ids order everything: the same registries give the same proposal, whatever the row order.
    let mut mentors: Vec<usize> = (0..reg.mentors.len())
        .filter(|&i| {
            let m = &reg.mentors[i];
            m.person.consent.is_some()
                && (!records_approval || m.approved.is_some_and(|a| a <= today))
        })
        .collect();
    mentors.sort_by(|&a, &b| reg.mentors[a].person.id.cmp(&reg.mentors[b].person.id));
    mentors.dedup_by(|a, b| reg.mentors[*a].person.id == reg.mentors[*b].person.id);
    let places: Vec<u32> = mentors
        .iter()
        .map(|&i| reg.mentors[i].free(&taken))
        .collect();
    let mut mentees: Vec<usize> = (0..reg.mentees.len())
        .filter(|&i| !paired.contains(reg.mentees[i].person.id.as_str()))
        .filter(|&i| only.is_none_or(|f| reg.mentees[i].form.is_none_or(|m| m == f)))
        .collect();
    mentees.sort_by(|&a, &b| reg.mentees[a].person.id.cmp(&reg.mentees[b].person.id));
    mentees.dedup_by(|a, b| reg.mentees[*a].person.id == reg.mentees[*b].person.id);

    let mut problem = Problem {
        mentees: mentees.len(),
        capacity: places.clone(),
        edges: Vec::new(),
        must: Vec::new(),
    };
    let mut forms = Vec::new();
    let mut blocks: Vec<Vec<Block>> = vec![Vec::new(); mentees.len()];
    // The first `never` that took a candidate away from each mentee.
    let mut forbidden: Vec<Option<usize>> = vec![None; mentees.len()];
    let mut unmatched = Vec::new();
    // Candidates by organization: a mentee is checked only against the mentors
    // of its organization or serving it, not against every mentor of a region.
    let org = |o: &Option<Box<str>>| o.as_deref().map(fold).unwrap_or_default();
    let mut by_org: rustc_hash::FxHashMap<String, Vec<usize>> = rustc_hash::FxHashMap::default();
    for (v, &m) in mentors.iter().enumerate() {
        let mentor = &reg.mentors[m];
        let mut orgs = vec![org(&mentor.person.organization)];
        orgs.extend(mentor.serves.iter().cloned());
        orgs.sort();
        orgs.dedup();
        for o in orgs {
            by_org.entry(o).or_default().push(v);
        }
    }
    for (u, &e) in mentees.iter().enumerate() {
        progress(Phase::Candidates, u, mentees.len());
        let mentee = &reg.mentees[e];
        if mentee.person.consent.is_none() {
            unmatched.push((e, Why::NoConsent));
            continue;
        }
        let candidates = by_org
            .get(&org(&mentee.person.organization))
            .map_or(&[][..], Vec::as_slice);
        for &v in candidates {
            let mentor = &reg.mentors[mentors[v]];
            // No decisions, no lookup: a region has millions of candidates.
            let decision = (!decided.is_empty())
                .then(|| decided.get(&(mentor.person.id.as_str(), mentee.person.id.as_str())))
                .flatten()
                .map(|&i| (i, decisions[i].rule));
            match check(mentor, mentee, today, only) {
                Ok(_) if matches!(decision, Some((_, Rule::Never))) => {
                    forbidden[u] = forbidden[u].or(decision.map(|d| d.0));
                }
                Ok(form) => {
                    if decision.is_some() {
                        problem.must.push(problem.edges.len());
                    }
                    let score = score(mentor, mentee, weights, today, None);
                    problem.edges.push(Edge {
                        mentee: u as u32,
                        mentor: v as u32,
                        score,
                    });
                    forms.push(form);
                }
                Err(block) => blocks[u].push(block),
            }
        }
    }
    let solution = solve::solve_with(&problem, &mut |done, total| {
        progress(Phase::Solving, done, total);
    });
    debug_assert!(solve::certify(&problem, &solution));
    let (chosen, optimum) = if stable_matching {
        // Each mentee's named mentors, in the order named, as solver numbers.
        let wants: Vec<Vec<u32>> = mentees
            .iter()
            .map(|&e| {
                reg.mentees[e]
                    .wants
                    .iter()
                    .filter_map(|id| {
                        mentors
                            .iter()
                            .position(|&m| reg.mentors[m].person.id == *id)
                    })
                    .map(|v| v as u32)
                    .collect()
            })
            .collect();
        let optimum = (solution.chosen.len(), solution.total_score);
        (stable::deferred_acceptance(&problem, &wants), Some(optimum))
    } else {
        (solution.chosen.clone(), None)
    };
    let mut matched = vec![false; mentees.len()];
    let pairs: Vec<Proposal> = chosen
        .iter()
        .map(|&i| {
            let edge = problem.edges[i];
            matched[edge.mentee as usize] = true;
            let (mentor, mentee) = (mentors[edge.mentor as usize], mentees[edge.mentee as usize]);
            let mut reasons = Vec::new();
            let (m, e) = (&reg.mentors[mentor], &reg.mentees[mentee]);
            let score = score(m, e, weights, today, Some(&mut reasons));
            Proposal {
                edge: i,
                mentor,
                mentee,
                form: forms[i],
                score,
                reasons,
            }
        })
        .collect();
    for (u, &e) in mentees.iter().enumerate() {
        if matched[u] || reg.mentees[e].person.consent.is_none() {
            continue;
        }
        // Edges are in mentee order: this mentee's are one run of them.
        let from = problem
            .edges
            .partition_point(|edge| (edge.mentee as usize) < u);
        let to = problem
            .edges
            .partition_point(|edge| (edge.mentee as usize) <= u);
        let eligible: Vec<usize> = problem.edges[from..to]
            .iter()
            .map(|edge| edge.mentor as usize)
            .collect();
        let why = if !eligible.is_empty() {
            if eligible.iter().all(|&v| places[v] == 0) {
                Why::AllAtCapacity(eligible.len())
            } else {
                Why::Taken(eligible.len())
            }
        } else if let Some(d) = forbidden[u] {
            Why::Constraint(decisions[d].source)
        } else if let Some(Block::Age(age)) = blocks[u]
            .iter()
            .copied()
            .find(|b| matches!(b, Block::Age(_)))
        {
            age.map_or(Why::NoAge, Why::OutsideAge)
        } else if blocks[u].contains(&Block::Parent) {
            Why::OnlyParent
        } else {
            Why::NoMentor
        };
        unmatched.push((e, why));
    }
    unmatched.sort_by(|a, b| reg.mentees[a.0].person.id.cmp(&reg.mentees[b.0].person.id));
    let formed: rustc_hash::FxHashSet<(&str, &str)> = pairs
        .iter()
        .map(|p| {
            let (m, e) = (&reg.mentors[p.mentor].person, &reg.mentees[p.mentee].person);
            (m.id.as_str(), e.id.as_str())
        })
        .collect();
    // A lock on a pair already running is kept.
    let running = reg.running(|p| p.active_on(today));
    let unmet = decisions
        .iter()
        .enumerate()
        .filter(|(i, d)| {
            let pair = (d.mentor.as_str(), d.mentee.as_str());
            d.rule == Rule::Must
                && decided.get(&pair) == Some(i)
                && !formed.contains(&pair)
                && !running.contains(&pair)
        })
        .map(|(_, d)| {
            let mentor = mentors
                .iter()
                .find(|&&m| reg.mentors[m].person.id == *d.mentor);
            let mentee = mentees
                .iter()
                .find(|&&e| reg.mentees[e].person.id == *d.mentee);
            let why = match (mentor, mentee) {
                (Some(&m), Some(&e)) if reg.mentees[e].person.consent.is_some() => {
                    match check(&reg.mentors[m], &reg.mentees[e], today, only) {
                        Err(block) => Unmet::Block(block),
                        // The mentee is in another pair that is itself locked.
                        Ok(_)
                            if formed.iter().any(|f| {
                                f.1 == d.mentee
                                    && decided
                                        .get(f)
                                        .is_some_and(|&j| decisions[j].rule == Rule::Must)
                            }) =>
                        {
                            Unmet::Elsewhere
                        }
                        Ok(_) => Unmet::NoPlace,
                    }
                }
                _ => Unmet::Absent,
            };
            (d.clone(), why)
        })
        .collect();
    Suggestion {
        pairs,
        unmet,
        unmatched,
        mentees: mentees.len(),
        total_score: chosen.iter().map(|&i| problem.edges[i].score).sum(),
        optimum,
        problem,
        solution,
        mentees_of: mentees,
        mentors_of: mentors,
    }
}
