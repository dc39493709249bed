{%- for reader in declared %}

    /// The readable end of a `{{ reader.wit }}<T>`. Types of this world name
    /// it, but no function passes one: there is no way to make, read or drop
    /// one here, so only the type is declared.
    pub struct {{ reader.name }}<T: 'static> {
        end: u32,
        payload: {{ std.core }}::marker::PhantomData<fn() -> T>,
    }

    impl<T> {{ reader.name }}<T> {
        /// The end's handle in the component's table.
        pub fn handle(&self) -> u32 {
            self.end
        }
    }

    impl<T> {{ std.core }}::fmt::Debug for {{ reader.name }}<T> {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.debug_struct("{{ reader.name }}")
                .field("handle", &self.handle())
                .finish()
        }
    }
{%- endfor %}
