//! Cranelift's incremental compilation cache, in memory: a composed
//! component repeats the inner modules of its runner and its test (a JS
//! engine of 12 MB, a Python interpreter of 18 MB) in every pair they are
//! part of. With this store each function is compiled once per process and
//! its machine code reused for every composition that contains it;
//! Cranelift keys entries by the function's whole IR and the compiler's
//! settings, so a hit is the code it would have produced. Used when the
//! compositions are compiled with Cranelift (`BINDERY_COMPOSITION_COMPILER=
//! cranelift`); Winch, the default, compiles every pair faster without it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use wasmtime::CacheStore;

#[derive(Debug, Default)]
pub struct FunctionCache {
    entries: Mutex<HashMap<Vec<u8>, Vec<u8>>>,
    hits: AtomicUsize,
    misses: AtomicUsize,
}

/// Hits and misses so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheStats {
    pub hits: usize,
    pub misses: usize,
}

impl FunctionCache {
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
        }
    }
}

impl CacheStore for FunctionCache {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let found = entries.get(key).map(|value| Cow::Owned(value.clone()));
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    fn insert(&self, key: &[u8], value: Vec<u8>) -> bool {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.insert(key.to_vec(), value);
        true
    }
}
