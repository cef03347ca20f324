//! Hostile workspaces at scale (issue 16, items 6 and 7): whole-workspace
//! diagnostics and progress must cost linear memory and bounded text. Each
//! test counts the heap through a global allocator and bounds its peak and
//! the size of what it prints, so a quadratic implementation fails here
//! without timing anything (a 10,000-item parent cycle once took 3.9 GB and
//! printed 1 GB; 100,000 key results in one objective took 775 MB).
//!
//! The tests share one peak counter, so they run one at a time (`LOCK`).

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use goalie::analysis::{Analysis, Workspace};
use goalie::i18n::Lang;

/// The system allocator, counting the bytes live now and at the peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Past this many live bytes an allocation fails, which aborts the test
/// binary: a quadratic regression fails in seconds instead of swapping the
/// machine (the cycle once took 3.9 GB).
const CEILING: usize = 1536 * 1024 * 1024;

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

fn over_ceiling(size: usize) -> bool {
    LIVE.load(Ordering::Relaxed) + size > CEILING
}

// SAFETY: every call is forwarded to `System` unchanged; only counters are
// added around it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if over_ceiling(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller's contract is `System::alloc`'s.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if over_ceiling(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller's contract is `System::alloc_zeroed`'s.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is `System::dealloc`'s.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() && over_ceiling(new_size - layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller's contract is `System::realloc`'s.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

static LOCK: Mutex<()> = Mutex::new(());

const MB: usize = 1024 * 1024;

/// Runs `work` and returns its result with the peak heap it added, in bytes,
/// above what was live when it started.
fn peak_of<T>(work: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = work();
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    eprintln!("peak heap: {:.1} MB", peak as f64 / MB as f64);
    (out, peak)
}

fn analyse(name: &str, text: &str) -> (Workspace, Analysis) {
    let mut ws = Workspace::new();
    ws.add_file(name, text);
    let analysis = ws.analyze(common::today());
    (ws, analysis)
}

/// One file analysed and every diagnostic rendered as the tests render
/// them (both languages, related places), under the tests' lock, with the
/// peak heap the two took.
struct Measured {
    analysis: Analysis,
    out: String,
    peak: usize,
    /// Kept to the end of the test: the workspace is freed after the
    /// assertions, and the lock held until then.
    _ws: Workspace,
    _guard: std::sync::MutexGuard<'static, ()>,
}

fn measure(name: &str, text: &str) -> Measured {
    let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let ((ws, analysis, out), peak) = peak_of(|| {
        let (ws, analysis) = analyse(name, text);
        let out = common::render(&ws, &analysis);
        (ws, analysis, out)
    });
    eprintln!(
        "{} diagnostics, {} bytes rendered",
        analysis.diagnostics.len(),
        out.len()
    );
    Measured {
        analysis,
        out,
        peak,
        _ws: ws,
        _guard: guard,
    }
}

fn count(analysis: &Analysis, code: &str) -> usize {
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.code == code)
        .count()
}

fn longest_message(analysis: &Analysis, code: &str) -> usize {
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.code == code)
        .map(|d| {
            let en = d.message.render(Lang::En).len();
            en.max(d.message.render(Lang::Fr).len())
        })
        .max()
        .unwrap_or(0)
}

/// `n` objectives, each the parent of the one before: one loop of `n` items,
/// all carried by one owner in the same quarter (an `O602` crowd).
fn parent_cycle(n: usize) -> String {
    let mut text = String::new();
    for i in 0..n {
        let _ = writeln!(
            text,
            "objective o{i}: Grow revenue in region {i}\n  parent: o{}\n  period: 2026-Q4\n  owner: @camille",
            (i + 1) % n
        );
    }
    text
}

#[test]
fn a_parent_cycle_of_ten_thousand_items_of_one_owner_is_bounded_text_in_linear_memory() {
    let text = parent_cycle(10_000);
    let Measured {
        analysis,
        out,
        peak,
        _ws,
        _guard,
    } = measure("cycle.goals", &text);
    // One loop, one diagnostic, naming five ids and counting the 9,995 others.
    assert_eq!(count(&analysis, "E004"), 1);
    let e004 = analysis
        .diagnostics
        .iter()
        .find(|d| d.code.code == "E004")
        .unwrap();
    assert_eq!(
        e004.message.render(Lang::En),
        "`parent:` links go round in a circle: o0 → o1 → o2 → o3 → o4 → … (9,995 more) → o0"
    );
    assert!(longest_message(&analysis, "E004") < 200);
    // Five objectives are allowed per owner: each one beyond is reported,
    // naming a few of the others and counting the rest.
    assert_eq!(count(&analysis, "O602"), 10_000 - 5);
    assert!(longest_message(&analysis, "O602") < 400);
    // Whatever else the rules say about 10,000 objectives, the output stays
    // linear: about 2 KB per objective at most, never n ids per item.
    let per_item = out.len() / 10_000;
    assert!(
        out.len() < 20 * MB && per_item < 2048,
        "{} bytes of diagnostics ({per_item} per item)",
        out.len()
    );
    assert!(peak < 100 * MB, "peak heap {} MB", peak / MB);
}

#[test]
fn ten_thousand_unknown_parents_and_duplicate_ids_stay_linear() {
    let n = 10_000;
    let mut text = String::new();
    for i in 0..n {
        let _ = writeln!(
            text,
            "objective o{i}: Grow revenue in region {i}\n  parent: x{i}"
        );
    }
    // Every id of the second half written twice.
    for i in n / 2..n {
        let _ = writeln!(text, "objective o{i}: Grow revenue again in region {i}");
    }
    let Measured {
        analysis,
        out,
        peak,
        _ws,
        _guard,
    } = measure("crowd.goals", &text);
    // One unknown-parent error per link, each message short (a bounded "did
    // you mean", never the list of known ids).
    assert_eq!(count(&analysis, "E003"), n);
    assert!(longest_message(&analysis, "E003") < 300);
    // A duplicate is reported where it repeats, pointing at the first: one
    // related place each, not every other occurrence.
    assert_eq!(count(&analysis, "E002"), n / 2);
    assert!(longest_message(&analysis, "E002") < 300);
    let most_related = analysis
        .diagnostics
        .iter()
        .map(|d| d.related.len())
        .max()
        .unwrap_or(0);
    assert!(most_related <= 5, "{most_related} related places");
    let items = n + n / 2;
    assert!(
        out.len() / items < 2048,
        "{} bytes of diagnostics for {items} items",
        out.len()
    );
    assert!(peak < 200 * MB, "peak heap {} MB", peak / MB);
}

#[test]
fn a_hundred_thousand_log_lines_for_unknown_ids_stay_linear() {
    let n = 100_000;
    let mut text = String::from("objective o: Grow revenue in France\n  period: 2026\n");
    text.push_str("  kr signed: Sign 40 new customers in Lyon\n    metric: 0 -> 40 customers\n");
    for i in 0..n {
        let _ = writeln!(text, "2026-03-01 k{i} 4");
    }
    let Measured {
        analysis,
        out,
        peak,
        _ws,
        _guard,
    } = measure("orphans.goals", &text);
    assert_eq!(count(&analysis, "E007"), n);
    assert!(longest_message(&analysis, "E007") < 300);
    assert!(
        out.len() / n < 1024,
        "{} bytes of diagnostics for {n} log lines",
        out.len()
    );
    assert!(peak < 200 * MB, "peak heap {} MB", peak / MB);
}

/// One objective with `n` key results, one in ten logged, and a check-in.
fn crowded_objective(n: usize) -> String {
    let mut text = String::from("objective o: Grow revenue in France\n  period: 2026\n");
    for i in 0..n {
        let _ = writeln!(
            text,
            "  kr k{i}: Sign {i} new customers in Lyon\n    metric: 0 -> 20 customers"
        );
    }
    for i in (0..n).step_by(10) {
        let _ = writeln!(text, "2026-03-01 k{i} 4");
    }
    text.push_str("2026-03-02 o confidence 70%\n");
    text
}

#[test]
fn status_of_a_hundred_thousand_key_results_in_one_objective_is_linear() {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let n = 100_000;
    let text = crowded_objective(n);
    let (ws, analysis) = analyse("krs.goals", &text);
    let ((progress, text_out, json_out), peak) = peak_of(|| {
        let progress = goalie::progress::compute(
            &analysis.model,
            common::today(),
            &goalie::progress::Options::default(),
        );
        let mut text_out = Vec::new();
        goalie::cli::write_status_text(
            &mut text_out,
            &progress,
            Lang::Fr,
            goalie::cli::Style { color: false },
        )
        .unwrap();
        let mut json_out = Vec::new();
        goalie::cli::write_status_json(&mut json_out, &progress).unwrap();
        (progress, text_out, json_out)
    });
    eprintln!(
        "status text {} bytes, JSON {} bytes",
        text_out.len(),
        json_out.len()
    );
    assert_eq!(progress.objectives.len(), 1);
    assert_eq!(progress.objectives[0].key_results.len(), n);
    // One in ten logged at 4 of 20: 20% each, the rest 0%; the objective
    // averages them: 10,000 × 20 / 100,000 = 2%.
    let percent = progress.objectives[0].percent.unwrap();
    assert!((percent - 2.0).abs() < 1e-9, "{percent}");
    // Text: a few lines per key result; JSON: a bounded record each.
    assert!(
        text_out.len() / n < 1024,
        "{} bytes of status text",
        text_out.len()
    );
    assert!(
        json_out.len() / n < 4096,
        "{} bytes of status JSON",
        json_out.len()
    );
    // About 250 MB today, the two outputs (35 MB and 92 MB) included.
    assert!(peak < 320 * MB, "peak heap {} MB", peak / MB);
    drop((ws, analysis));
}
