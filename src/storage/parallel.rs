//! Work spread over the cores for saving a large plan: jobs run largest first on as many
//! threads as there are cores, their results kept in the jobs' order.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Runs `f` on every job on up to as many threads as there are cores, the largest (by `size`)
/// first so the threads finish together. The results in the order of `jobs`, or `None` as soon
/// as one job gave `None` (the jobs not yet started are skipped).
pub(super) fn map<J: Sync, R: Send>(
    jobs: &[J],
    size: impl Fn(&J) -> usize,
    f: impl Fn(&J) -> Option<R> + Sync,
) -> Option<Vec<R>> {
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(size(&jobs[i])));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..jobs.len()).map(|_| None).collect());
    let work = || {
        while !failed.load(Ordering::Relaxed) {
            let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) else { break };
            match f(&jobs[i]) {
                Some(result) => match results.lock() {
                    Ok(mut results) => results[i] = Some(result),
                    Err(_) => failed.store(true, Ordering::Relaxed),
                },
                None => failed.store(true, Ordering::Relaxed),
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            s.spawn(work);
        }
        work();
    });
    if failed.load(Ordering::Relaxed) {
        return None;
    }
    results.into_inner().ok()?.into_iter().collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_jobs_order_and_one_failure_fails_all() {
        let jobs: Vec<u32> = (0..50).collect();
        assert_eq!(super::map(&jobs, |&j| j as usize, |&j| Some(j * 2)), Some((0..50).map(|j| j * 2).collect()));
        assert_eq!(super::map(&jobs, |&j| j as usize, |&j| (j != 17).then_some(j)), None);
        assert_eq!(super::map(&[] as &[u32], |_| 0, |&j| Some(j)), Some(vec![]));
    }
}
