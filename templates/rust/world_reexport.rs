

#[allow(unused_imports)]
pub use self::__bindery_world::*;
