

    pub fn char_lift(value: u32) -> char {
        char::from_u32(value).expect("invalid char")
    }