

{% for line in docs %}{{ line }}
{% endfor %}{{ derive }}
pub struct {{ name }} {
    bits: {{ bits }},
}

impl {{ name }} {
{%- for f in flags %}
{%- for line in f.docs %}
    {{ line }}
{%- endfor %}
    pub const {{ f.name }}: Self = Self { bits: {{ f.bit }} };
{%- endfor %}

    /// No flags set.
    pub const fn empty() -> Self {
        Self { bits: 0 }
    }

    /// Every flag set.
    pub const fn all() -> Self {
        Self { bits: {{ all }} }
    }

    /// The raw bits.
    pub const fn bits(&self) -> {{ bits }} {
        self.bits
    }

    /// The flags of `bits`, or `None` if an unknown bit is set.
    pub const fn from_bits(bits: {{ bits }}) -> ::core::option::Option<Self> {
{%- if full %}
        Some(Self { bits })
{%- else %}
        if bits & !{{ all }} == 0 {
            Some(Self { bits })
        } else {
            None
        }
{%- endif %}
    }

    /// The flags of `bits`, unknown bits dropped.
    pub const fn from_bits_truncate(bits: {{ bits }}) -> Self {
{%- if full %}
        Self { bits }
{%- else %}
        Self::from_bits_retain(bits & {{ all }})
{%- endif %}
    }

    /// The flags of `bits`, unknown bits kept.
    pub const fn from_bits_retain(bits: {{ bits }}) -> Self {
        Self { bits }
    }

    pub const fn is_empty(&self) -> bool {
        self.bits == 0
    }

    pub const fn is_all(&self) -> bool {
{%- if full %}
        self.bits == {{ all }}
{%- else %}
        self.bits & {{ all }} == {{ all }}
{%- endif %}
    }

    pub const fn contains(&self, other: Self) -> bool {
        self.bits & other.bits == other.bits
    }

    pub const fn intersects(&self, other: Self) -> bool {
        self.bits & other.bits != 0
    }

    pub fn insert(&mut self, other: Self) {
        self.bits |= other.bits;
    }

    pub fn remove(&mut self, other: Self) {
        self.bits &= !other.bits;
    }

    pub fn toggle(&mut self, other: Self) {
        self.bits ^= other.bits;
    }

    pub fn set(&mut self, other: Self, value: bool) {
        if value {
            self.insert(other);
        } else {
            self.remove(other);
        }
    }

    pub const fn union(self, other: Self) -> Self {
        Self::from_bits_retain(self.bits | other.bits)
    }

    pub const fn intersection(self, other: Self) -> Self {
        Self::from_bits_retain(self.bits & other.bits)
    }

    pub const fn difference(self, other: Self) -> Self {
        Self::from_bits_retain(self.bits & !other.bits)
    }

    pub const fn symmetric_difference(self, other: Self) -> Self {
        Self::from_bits_retain(self.bits ^ other.bits)
    }

    pub const fn complement(self) -> Self {
{%- if full %}
        Self::from_bits_retain(!self.bits)
{%- else %}
        Self::from_bits_retain(!self.bits & {{ all }})
{%- endif %}
    }
}

impl core::fmt::Debug for {{ name }} {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut set = f.debug_set();
{%- for f in flags %}
        if self.contains(Self::{{ f.name }}) {
            set.entry(&{{ f.wit_name }});
        }
{%- endfor %}
        set.finish()
    }
}

impl core::ops::BitOr for {{ name }} {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        self.union(other)
    }
}

impl core::ops::BitOrAssign for {{ name }} {
    fn bitor_assign(&mut self, other: Self) {
        self.insert(other);
    }
}

impl core::ops::BitAnd for {{ name }} {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        self.intersection(other)
    }
}

impl core::ops::BitAndAssign for {{ name }} {
    fn bitand_assign(&mut self, other: Self) {
        self.bits &= other.bits;
    }
}

impl core::ops::BitXor for {{ name }} {
    type Output = Self;
    fn bitxor(self, other: Self) -> Self {
        self.symmetric_difference(other)
    }
}

impl core::ops::BitXorAssign for {{ name }} {
    fn bitxor_assign(&mut self, other: Self) {
        self.toggle(other);
    }
}

impl core::ops::Sub for {{ name }} {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        self.difference(other)
    }
}

impl core::ops::SubAssign for {{ name }} {
    fn sub_assign(&mut self, other: Self) {
        self.remove(other);
    }
}

impl core::ops::Not for {{ name }} {
    type Output = Self;
    fn not(self) -> Self {
        self.complement()
    }
}
