//! Where a run's time comes from: the wall clock in the app, a clock that
//! only moves when told to in tests.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use crate::model::Moment;

/// Where the time comes from: the system clock in the app, a fake in tests.
pub trait Clock {
    fn now(&self) -> Moment;
}

/// The local wall clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Moment {
        let now = chrono::Local::now();
        Moment(now.timestamp_millis() + i64::from(now.offset().local_minus_utc()) * 1000)
    }
}

/// A clock that only moves when told to; clones share the same time.
#[derive(Clone, Debug, Default)]
pub struct FakeClock(Arc<AtomicI64>);

impl FakeClock {
    pub fn at(moment: Moment) -> Self {
        FakeClock(Arc::new(AtomicI64::new(moment.0)))
    }

    pub fn advance_seconds(&self, seconds: i64) {
        self.0.fetch_add(seconds * 1000, Ordering::SeqCst);
    }

    pub fn set(&self, moment: Moment) {
        self.0.store(moment.0, Ordering::SeqCst);
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Moment {
        Moment(self.0.load(Ordering::SeqCst))
    }
}
