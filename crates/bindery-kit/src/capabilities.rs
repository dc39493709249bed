//! Which WIT features a backend supports. Checked over the whole IR before
//! generating, so a world a language cannot express fails with one message
//! that names the WIT item, instead of a panic or broken output.

use bindery_ir::{FunctionKind, Ir, Item, Type, TypeIndex, TypeKind};

use crate::Error;

/// A WIT feature that not every backend supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    AsyncFunctions,
    Futures,
    Streams,
    ErrorContext,
    Maps,
    FixedLengthLists,
    Accessors,
    /// `resource` declared directly in a world, not in an interface.
    WorldResources,
    /// A named interface imported or exported under a plain name
    /// (`import primary: store;`).
    RenamedInterfaces,
}

impl Feature {
    fn describe(self) -> &'static str {
        match self {
            Feature::AsyncFunctions => "async functions",
            Feature::Futures => "`future` types",
            Feature::Streams => "`stream` types",
            Feature::ErrorContext => "`error-context`",
            Feature::Maps => "`map` types",
            Feature::FixedLengthLists => "fixed-length lists",
            Feature::Accessors => "property getters and setters",
            Feature::WorldResources => "resources declared in a world",
            Feature::RenamedInterfaces => {
                "interfaces imported or exported under a plain name (`import name: iface`)"
            }
        }
    }
}

/// The features a backend does not support; everything else must work.
#[derive(Debug, Clone, Default)]
pub struct Capabilities {
    pub unsupported: Vec<Feature>,
}

impl Capabilities {
    pub fn all() -> Self {
        Capabilities::default()
    }

    /// Every synchronous feature: no async functions, futures, streams or
    /// `error-context` (which only async code can produce).
    pub fn synchronous() -> Self {
        Capabilities::all()
            .without(Feature::AsyncFunctions)
            .without(Feature::Futures)
            .without(Feature::Streams)
            .without(Feature::ErrorContext)
    }

    pub fn without(mut self, feature: Feature) -> Self {
        self.unsupported.push(feature);
        self
    }

    /// Fails with a message naming the first WIT item that needs an
    /// unsupported feature.
    pub fn check(&self, ir: &Ir, language: &str) -> Result<(), Error> {
        for (direction, items) in [("import", &ir.imports), ("export", &ir.exports)] {
            for item in items {
                let functions = match &item.item {
                    Item::Interface { functions, .. } => functions.iter().collect(),
                    Item::Function { function } => vec![function],
                    Item::Type { ty, .. } => {
                        if matches!(ir.def(*ty).kind, TypeKind::Resource) {
                            self.require(Feature::WorldResources, language, || {
                                format!("resource `{}` of world `{}`", item.key, ir.world.name)
                            })?;
                        }
                        self.check_type(ir, Type::Id(*ty), language, || {
                            format!("world-level type in {direction} `{}`", item.key)
                        })?;
                        Vec::new()
                    }
                };
                if let Some(iface) = ir.interface_of(item) {
                    // A named interface's key is its qualified name
                    // (`ns:pkg/iface`); a plain key renames it.
                    if let Some(name) = &iface.name
                        && !item.key.contains('/')
                    {
                        self.require(Feature::RenamedInterfaces, language, || {
                            format!("{direction} `{}` of interface `{name}`", item.key)
                        })?;
                    }
                    for ty in &iface.types {
                        self.check_type(ir, Type::Id(*ty), language, || {
                            let name = ir.def(*ty).name.as_deref().unwrap_or("?");
                            format!("type `{name}` in {direction} `{}`", item.key)
                        })?;
                    }
                }
                for function in functions {
                    let what =
                        || format!("function `{}` in {direction} `{}`", function.name, item.key);
                    if function.is_async {
                        self.require(Feature::AsyncFunctions, language, what)?;
                    }
                    if matches!(
                        function.kind,
                        FunctionKind::Getter
                            | FunctionKind::Setter
                            | FunctionKind::MethodGetter(_)
                            | FunctionKind::MethodSetter(_)
                            | FunctionKind::StaticGetter(_)
                            | FunctionKind::StaticSetter(_)
                    ) {
                        self.require(Feature::Accessors, language, what)?;
                    }
                    let types = function.params.iter().map(|p| p.ty).chain(function.result);
                    for ty in types {
                        self.check_type(ir, ty, language, what)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn require(
        &self,
        feature: Feature,
        language: &str,
        what: impl Fn() -> String,
    ) -> Result<(), Error> {
        if self.unsupported.contains(&feature) {
            return Err(Error::input(format!(
                "the {language} backend does not support {} yet: used by {}",
                feature.describe(),
                what()
            )));
        }
        Ok(())
    }

    fn check_type(
        &self,
        ir: &Ir,
        ty: Type,
        language: &str,
        what: impl Fn() -> String + Copy,
    ) -> Result<(), Error> {
        let index: TypeIndex = match ty {
            Type::ErrorContext => return self.require(Feature::ErrorContext, language, what),
            Type::Id(index) => index,
            _ => return Ok(()),
        };
        let feature = match &ir.def(index).kind {
            TypeKind::Future { .. } => Some(Feature::Futures),
            TypeKind::Stream { .. } => Some(Feature::Streams),
            TypeKind::Map { .. } => Some(Feature::Maps),
            TypeKind::FixedLengthList { .. } => Some(Feature::FixedLengthLists),
            _ => None,
        };
        if let Some(feature) = feature {
            self.require(feature, language, what)?;
        }
        // Types only refer to smaller indices, so this terminates.
        for inner in ir.def(index).kind.children() {
            self.check_type(ir, inner, language, what)?;
        }
        Ok(())
    }
}
