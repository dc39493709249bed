//! Measuring one piece of work: CPU time of the process, wall time, and
//! the peak of live heap bytes (through [`PeakAlloc`], which the bench
//! installs as its global allocator).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The system allocator, counting live bytes and their peak. Peak heap is
/// what a generator needs, without the executable's own size and the
/// allocator's slack, and it is the same from run to run.
#[derive(Debug)]
pub struct PeakAlloc {
    live: AtomicUsize,
    peak: AtomicUsize,
}

impl PeakAlloc {
    pub const fn new() -> Self {
        PeakAlloc {
            live: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
        }
    }

    /// Starts a new peak at what is live now; returns that baseline.
    pub fn reset_peak(&self) -> usize {
        let live = self.live.load(Ordering::Relaxed);
        self.peak.store(live, Ordering::Relaxed);
        live
    }

    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::Relaxed)
    }

    fn grew(&self, bytes: usize) {
        let live = self.live.fetch_add(bytes, Ordering::Relaxed) + bytes;
        self.peak.fetch_max(live, Ordering::Relaxed);
    }
}

impl Default for PeakAlloc {
    fn default() -> Self {
        PeakAlloc::new()
    }
}

// SAFETY: every call is forwarded to `System` unchanged; the counters only
// observe sizes.
unsafe impl GlobalAlloc for PeakAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is System's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            self.grew(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is System's.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            self.grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is System's.
        unsafe { System.dealloc(ptr, layout) };
        self.live.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is System's.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            self.live.fetch_sub(layout.size(), Ordering::Relaxed);
            self.grew(new_size);
        }
        new
    }
}

/// CPU time used by this process so far (all threads, user and system).
pub fn cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for the call to fill in.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// What one run of a piece of work cost.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cost {
    pub cpu: Duration,
    pub wall: Duration,
    /// Peak live heap above what was live when the run started.
    pub peak_heap: usize,
}

/// Runs each of `works` `runs` times (after one unmeasured warm-up run
/// each) and returns, per work, the median CPU and wall time and the
/// largest peak heap. The works take turns run by run, the order reversed
/// every other round, so a phase in which the machine is slow (another
/// process, a host stealing the virtual CPU) slows all of them alike and
/// their ratio holds; the median keeps single disturbed runs out.
pub fn costs<E>(
    heap: &PeakAlloc,
    runs: usize,
    works: &mut [impl FnMut() -> Result<(), E>],
) -> Result<Vec<Cost>, E> {
    for work in works.iter_mut() {
        work()?;
    }
    let mut cpu = vec![Vec::with_capacity(runs); works.len()];
    let mut wall = vec![Vec::with_capacity(runs); works.len()];
    let mut peak_heap = vec![0; works.len()];
    for round in 0..runs.max(1) {
        for turn in 0..works.len() {
            let index = if round % 2 == 0 {
                turn
            } else {
                works.len() - 1 - turn
            };
            let baseline = heap.reset_peak();
            let (cpu0, wall0) = (cpu_time(), Instant::now());
            works[index]()?;
            wall[index].push(wall0.elapsed());
            cpu[index].push(cpu_time() - cpu0);
            peak_heap[index] = peak_heap[index].max(heap.peak().saturating_sub(baseline));
        }
    }
    Ok((0..works.len())
        .map(|index| Cost {
            cpu: median(&mut cpu[index]),
            wall: median(&mut wall[index]),
            peak_heap: peak_heap[index],
        })
        .collect())
}

pub fn median<T: Ord + Copy>(values: &mut [T]) -> T {
    values.sort_unstable();
    values[values.len() / 2]
}
