

    /// A discriminant out of range: the Canonical ABI traps.
    pub fn invalid_discriminant() -> ! {
        panic!("invalid discriminant")
    }