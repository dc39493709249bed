//! The world's component type as WIT text, the form componentize-dotnet
//! hands to the linker (`-Wl,--component-type,<World>World_component_type.wit`).
//!
//! wit-bindgen's C# generator decodes the encoded component type and prints
//! it with wit-component. This writes the same text straight from the IR:
//! decoding runs wasmparser's validator, which was a tenth of C#'s whole
//! generation on wasi:http. The text has the decoded shape, so the linker
//! sees exactly one world: `include`s flattened, no docs or feature gates,
//! the world's own package first and each other package nested after it,
//! in the order the world first names one of its interfaces, and an
//! interface imported or exported under a plain name written inline (the
//! IR's encoding makes such an item anonymous). The unit tests hold it
//! equal to the decoded text for every corpus and round-trip world, and the
//! C# compile check (`bindery_corpus::compile::csharp`) for every fuzz
//! sample it compiles.

use std::collections::BTreeMap;

use bindery_ir::{
    Function, FunctionKind, InterfaceIndex, Ir, Item, Owner, Ownership, PackageName, Type,
    TypeIndex, TypeKind, WorldItem,
};
use bindery_kit::Error;

pub fn component_type(ir: &Ir) -> Result<String, Error> {
    let package = ir.world.package.as_ref().ok_or_else(|| {
        Error::output(format!(
            "cannot print the component type of world `{}`: it has no package",
            ir.world.name
        ))
    })?;
    let mut printer = Printer {
        ir,
        out: String::with_capacity(4096),
        indent: 0,
        line_start: true,
        any_items: false,
    };
    printer.document(package)?;
    Ok(printer.out)
}

/// An interface written in a package, with the functions of the first
/// world item that names it.
type Member<'a> = (InterfaceIndex, &'a [Function]);

/// Writes WIT with two-space indentation, a blank line between the items
/// of a body (`any_items` says whether the body has one yet).
struct Printer<'a> {
    ir: &'a Ir,
    out: String,
    indent: usize,
    /// Nothing is written on the current line yet: the next word indents.
    line_start: bool,
    any_items: bool,
}

impl<'a> Printer<'a> {
    /// The world's package (its interfaces, then the world), then each
    /// other package nested, in the order the world's items first name one
    /// of their interfaces by id.
    fn document(&mut self, world_package: &'a PackageName) -> Result<(), Error> {
        let ir = self.ir;
        let mut packages: Vec<(&PackageName, Vec<Member<'a>>)> = vec![(world_package, Vec::new())];
        for item in ir.imports.iter().chain(&ir.exports) {
            let Item::Interface {
                interface,
                functions,
                ..
            } = &item.item
            else {
                continue;
            };
            let Some(package) = ir.interfaces[*interface].package.as_ref() else {
                continue;
            };
            if !by_id(item) {
                continue;
            }
            let members = match packages.iter().position(|(p, _)| *p == package) {
                Some(index) => &mut packages[index].1,
                None => {
                    packages.push((package, Vec::new()));
                    &mut packages.last_mut().expect("just pushed").1
                }
            };
            if !members.iter().any(|(i, _)| i == interface) {
                members.push((*interface, functions));
            }
        }
        let (_, main) = &packages[0];
        self.package_name(world_package);
        self.semicolon();
        self.newline();
        for &(interface, functions) in main {
            self.interface(interface, functions)?;
            self.newline();
        }
        self.word("world ");
        self.word(escape(&ir.world.name));
        self.open();
        self.world(world_package)?;
        self.close();
        for (index, (package, members)) in packages.iter().enumerate().skip(1) {
            if index > 1 {
                self.newline();
            }
            self.package_name(package);
            self.open();
            for &(interface, functions) in members {
                self.interface(interface, functions)?;
            }
            self.close();
        }
        Ok(())
    }

    fn package_name(&mut self, package: &PackageName) {
        self.word("package ");
        self.word(escape(&package.namespace));
        self.word(":");
        self.word(escape(&package.name));
        if let Some(version) = &package.version {
            self.word("@");
            self.word(version);
        }
    }

    /// `interface name { … }` of a package.
    fn interface(
        &mut self,
        interface: InterfaceIndex,
        functions: &[Function],
    ) -> Result<(), Error> {
        let iface = &self.ir.interfaces[interface];
        let name = iface.name.as_deref().unwrap_or_default();
        let package = iface
            .package
            .as_ref()
            .expect("interfaces of a package have one");
        self.word("interface ");
        self.word(escape(name));
        self.open();
        self.interface_body(interface, functions, package)?;
        self.close();
        Ok(())
    }

    /// Types (`use`s first), then freestanding functions. `package` is the
    /// one the interface is written in: `use` paths within it are short.
    fn interface_body(
        &mut self,
        interface: InterfaceIndex,
        functions: &[Function],
        package: &PackageName,
    ) -> Result<(), Error> {
        let outer = std::mem::replace(&mut self.any_items, false);
        let types = &self.ir.interfaces[interface].types;
        self.types(Owner::Interface(interface), types, functions, package)?;
        for function in functions.iter().filter(|f| f.kind.resource().is_none()) {
            self.new_item();
            self.word(escape(&function.item_name));
            self.word(": ");
            self.function(function)?;
            self.semicolon();
        }
        self.any_items = outer;
        Ok(())
    }

    fn world(&mut self, package: &PackageName) -> Result<(), Error> {
        let ir = self.ir;
        let outer = std::mem::replace(&mut self.any_items, false);
        let mut types = Vec::new();
        let mut functions = Vec::new();
        for item in &ir.imports {
            match &item.item {
                Item::Type { ty, .. } => types.push(*ty),
                // Written inside their resource, with the world's types.
                Item::Function { function } if function.kind.resource().is_some() => {}
                Item::Function { .. } => functions.push(item),
                Item::Interface { .. } => {
                    self.world_item("import", item, package)?;
                    self.any_items = true;
                }
            }
        }
        let imported = ir.imports.iter().filter_map(|item| match &item.item {
            Item::Function { function } => Some(function),
            _ => None,
        });
        self.types(Owner::World, &types, imported, package)?;
        for item in functions {
            self.world_item("import", item, package)?;
            self.any_items = true;
        }
        if !ir.exports.is_empty() {
            self.new_item();
        }
        for item in &ir.exports {
            self.world_item("export", item, package)?;
        }
        self.any_items = outer;
        Ok(())
    }

    fn world_item(
        &mut self,
        keyword: &str,
        item: &WorldItem,
        package: &PackageName,
    ) -> Result<(), Error> {
        self.word(keyword);
        self.word(" ");
        match &item.item {
            Item::Interface { interface, .. } if by_id(item) => {
                self.interface_path(*interface, package);
                self.semicolon();
            }
            Item::Interface {
                interface,
                functions,
                ..
            } => {
                self.word(escape(&item.key));
                self.word(": interface");
                self.open();
                self.interface_body(*interface, functions, package)?;
                self.close();
            }
            Item::Function { function } => {
                self.word(escape(&function.item_name));
                self.word(": ");
                self.function(function)?;
                self.semicolon();
            }
            Item::Type { .. } => unreachable!("world types are written with the world's types"),
        }
        Ok(())
    }

    /// `iface` within `package`, else `ns:pkg/iface@version`.
    fn interface_path(&mut self, interface: InterfaceIndex, package: &PackageName) {
        let iface = &self.ir.interfaces[interface];
        let name = iface.name.as_deref().unwrap_or_default();
        match &iface.package {
            Some(own) if own != package => {
                self.word(escape(&own.namespace));
                self.word(":");
                self.word(escape(&own.name));
                self.word("/");
                self.word(escape(name));
                if let Some(version) = &own.version {
                    self.word("@");
                    self.word(version);
                }
            }
            _ => self.word(escape(name)),
        }
    }

    /// The types of an interface or world: a `use` per run of types taken
    /// from one other interface, then each type defined here, a resource
    /// with those of `functions` that belong to it.
    fn types<'f>(
        &mut self,
        owner: Owner,
        types: &[TypeIndex],
        functions: impl IntoIterator<Item = &'f Function>,
        package: &PackageName,
    ) -> Result<(), Error> {
        let ir = self.ir;
        let mut uses: Vec<(InterfaceIndex, Vec<(&str, &str)>)> = Vec::new();
        let mut defined = Vec::new();
        // Each resource's functions, in order, found in one pass.
        let mut by_resource: BTreeMap<TypeIndex, Vec<&Function>> = BTreeMap::new();
        for function in functions {
            if let Some(resource) = function.kind.resource() {
                by_resource.entry(resource).or_default().push(function);
            }
        }
        for &index in types {
            let ty = &ir.types[index];
            if let TypeKind::Alias {
                target: Type::Id(target),
            } = ty.kind
                && let Owner::Interface(from) = ir.types[target].owner
                && ir.types[target].owner != owner
            {
                let name = ty.name.as_deref().unwrap_or_default();
                let original = ir.types[target].name.as_deref().ok_or_else(|| {
                    Error::output(format!("cannot `use` the unnamed type of `{name}`"))
                })?;
                match uses.last_mut() {
                    Some((last, names)) if *last == from => names.push((name, original)),
                    _ => uses.push((from, vec![(name, original)])),
                }
                continue;
            }
            defined.push(index);
        }
        for (from, names) in uses {
            self.any_items = true;
            self.word("use ");
            self.interface_path(from, package);
            self.word(".{");
            for (position, (name, original)) in names.into_iter().enumerate() {
                if position > 0 {
                    self.word(", ");
                }
                self.word(escape(original));
                if name != original {
                    self.word(" as ");
                    self.word(escape(name));
                }
            }
            self.word("}");
            self.semicolon();
        }
        for index in defined {
            self.new_item();
            match ir.types[index].kind {
                TypeKind::Resource => {
                    let functions = by_resource.get(&index).map_or(&[][..], Vec::as_slice);
                    self.resource(index, functions)?
                }
                _ => self.define(index)?,
            }
        }
        Ok(())
    }

    /// A resource and, inside it, its `functions`.
    fn resource(&mut self, index: TypeIndex, functions: &[&Function]) -> Result<(), Error> {
        self.word("resource ");
        self.word(escape(self.name_of(index)?));
        if functions.is_empty() {
            self.semicolon();
            return Ok(());
        }
        self.open();
        for function in functions {
            match function.kind {
                FunctionKind::Constructor(_) => {}
                FunctionKind::Static(_)
                | FunctionKind::StaticGetter(_)
                | FunctionKind::StaticSetter(_) => {
                    self.word(escape(&function.item_name));
                    self.word(": static ");
                }
                _ => {
                    self.word(escape(&function.item_name));
                    self.word(": ");
                }
            }
            self.function(function)?;
            self.semicolon();
        }
        self.close();
        Ok(())
    }

    /// `async`, the keyword and the parameters (a method's `self` left
    /// out), and the result unless a constructor returns its own resource.
    fn function(&mut self, function: &Function) -> Result<(), Error> {
        if function.is_async {
            self.word("async ");
        }
        self.word(match function.kind {
            FunctionKind::Constructor(_) => "constructor(",
            FunctionKind::Getter
            | FunctionKind::MethodGetter(_)
            | FunctionKind::StaticGetter(_) => "get(",
            FunctionKind::Setter
            | FunctionKind::MethodSetter(_)
            | FunctionKind::StaticSetter(_) => "set(",
            _ => "func(",
        });
        let skip = match function.kind {
            FunctionKind::Method(_)
            | FunctionKind::MethodGetter(_)
            | FunctionKind::MethodSetter(_) => 1,
            _ => 0,
        };
        for (position, param) in function.params.iter().skip(skip).enumerate() {
            if position > 0 {
                self.word(", ");
            }
            self.word(escape(&param.name));
            self.word(": ");
            self.type_name(param.ty)?;
        }
        self.word(")");
        if let (FunctionKind::Constructor(resource), Some(Type::Id(result))) =
            (function.kind, function.result)
            && let TypeKind::Handle {
                ownership: Ownership::Own,
                resource: returned,
                alias,
            } = self.ir.types[result].kind
            && alias.unwrap_or(returned) == resource
        {
            return Ok(());
        }
        if let Some(result) = function.result {
            self.word(" -> ");
            self.type_name(result)?;
        }
        Ok(())
    }

    /// A named type definition.
    fn define(&mut self, index: TypeIndex) -> Result<(), Error> {
        let ir = self.ir;
        let name = escape(self.name_of(index)?);
        let cases = |printer: &mut Self,
                     keyword: &str,
                     names: &mut dyn Iterator<Item = (&str, Option<Type>)>|
         -> Result<(), Error> {
            printer.word(keyword);
            printer.word(name);
            printer.open();
            for (case, payload) in names {
                printer.word(escape(case));
                if let Some(payload) = payload {
                    printer.word("(");
                    printer.type_name(payload)?;
                    printer.word(")");
                }
                printer.word(",");
                printer.newline();
            }
            printer.close();
            Ok(())
        };
        match &ir.types[index].kind {
            TypeKind::Record { fields } => {
                self.word("record ");
                self.word(name);
                self.open();
                for field in fields {
                    self.word(escape(&field.name));
                    self.word(": ");
                    self.type_name(field.ty)?;
                    self.word(",");
                    self.newline();
                }
                self.close();
                Ok(())
            }
            TypeKind::Variant { cases: all, .. } => cases(
                self,
                "variant ",
                &mut all.iter().map(|c| (c.name.as_str(), c.ty)),
            ),
            TypeKind::Enum { cases: all, .. } => cases(
                self,
                "enum ",
                &mut all.iter().map(|c| (c.name.as_str(), None)),
            ),
            TypeKind::Flags { flags, .. } => cases(
                self,
                "flags ",
                &mut flags.iter().map(|f| (f.name.as_str(), None)),
            ),
            TypeKind::Handle {
                ownership,
                resource,
                alias,
            } => {
                self.word("type ");
                self.word(name);
                self.word(" = ");
                self.word(ownership.wit_name());
                self.word("<");
                self.word(escape(self.name_of(alias.unwrap_or(*resource))?));
                self.word(">");
                self.semicolon();
                Ok(())
            }
            TypeKind::Resource => unreachable!("resources are written with their functions"),
            kind => {
                self.word("type ");
                self.word(name);
                self.word(" = ");
                self.structure(kind)?;
                self.semicolon();
                Ok(())
            }
        }
    }

    /// A type where it is used: its name, or how it is built.
    fn type_name(&mut self, ty: Type) -> Result<(), Error> {
        let Type::Id(index) = ty else {
            self.word(ty.primitive_name().unwrap_or_default());
            return Ok(());
        };
        match &self.ir.types[index] {
            def if def.name.is_some() => {
                self.word(escape(def.name.as_deref().unwrap_or_default()));
                Ok(())
            }
            def => self.structure(&def.kind),
        }
    }

    /// An anonymous type spelt out: `list<u8>`, `borrow<r>`, `result<_, e>`.
    fn structure(&mut self, kind: &TypeKind) -> Result<(), Error> {
        let generic = |printer: &mut Self, name: &str, args: &[Type]| -> Result<(), Error> {
            printer.word(name);
            printer.word("<");
            for (position, arg) in args.iter().enumerate() {
                if position > 0 {
                    printer.word(", ");
                }
                printer.type_name(*arg)?;
            }
            printer.word(">");
            Ok(())
        };
        match kind {
            TypeKind::Handle {
                ownership: Ownership::Own,
                resource,
                alias,
            } => {
                self.word(escape(self.name_of(alias.unwrap_or(*resource))?));
                Ok(())
            }
            TypeKind::Handle {
                ownership: Ownership::Borrow,
                resource,
                alias,
            } => {
                self.word("borrow<");
                self.word(escape(self.name_of(alias.unwrap_or(*resource))?));
                self.word(">");
                Ok(())
            }
            TypeKind::Tuple { types, .. } => generic(self, "tuple", types),
            TypeKind::Option { payload, .. } => generic(self, "option", &[*payload]),
            TypeKind::Result { ok, err, .. } => match (ok, err) {
                (Some(ok), Some(err)) => generic(self, "result", &[*ok, *err]),
                (None, Some(err)) => {
                    self.word("result<_, ");
                    self.type_name(*err)?;
                    self.word(">");
                    Ok(())
                }
                (Some(ok), None) => generic(self, "result", &[*ok]),
                (None, None) => {
                    self.word("result");
                    Ok(())
                }
            },
            TypeKind::List { element, .. } => generic(self, "list", &[*element]),
            TypeKind::Map { key, value, .. } => generic(self, "map", &[*key, *value]),
            TypeKind::FixedLengthList {
                element, length, ..
            } => {
                self.word("list<");
                self.type_name(*element)?;
                self.word(", ");
                self.word(&length.to_string());
                self.word(">");
                Ok(())
            }
            TypeKind::Future { payload } => self.channel("future", *payload),
            TypeKind::Stream { payload } => self.channel("stream", *payload),
            TypeKind::Alias { target } => self.type_name(*target),
            TypeKind::Record { .. }
            | TypeKind::Variant { .. }
            | TypeKind::Enum { .. }
            | TypeKind::Flags { .. }
            | TypeKind::Resource => Err(Error::output(
                "cannot print an unnamed record, variant, enum, flags or resource as WIT",
            )),
        }
    }

    fn channel(&mut self, keyword: &str, payload: Option<Type>) -> Result<(), Error> {
        self.word(keyword);
        if let Some(payload) = payload {
            self.word("<");
            self.type_name(payload)?;
            self.word(">");
        }
        Ok(())
    }

    fn name_of(&self, index: TypeIndex) -> Result<&'a str, Error> {
        self.ir.types[index]
            .name
            .as_deref()
            .ok_or_else(|| Error::output("cannot print an unnamed resource as WIT"))
    }

    fn word(&mut self, text: &str) {
        if self.line_start {
            for _ in 0..self.indent {
                self.out.push_str("  ");
            }
            self.line_start = false;
        }
        self.out.push_str(text);
    }

    fn newline(&mut self) {
        self.out.push('\n');
        self.line_start = true;
    }

    fn semicolon(&mut self) {
        self.out.push(';');
        self.newline();
    }

    fn open(&mut self) {
        self.out.push_str(" {");
        self.indent += 1;
        self.newline();
    }

    fn close(&mut self) {
        self.indent -= 1;
        self.word("}");
        self.newline();
    }

    /// A blank line before every item of a body but the first.
    fn new_item(&mut self) {
        if self.any_items {
            self.newline();
        }
        self.any_items = true;
    }
}

/// Whether a world item names its interface by id (`ns:pkg/iface`), not by
/// a plain name.
fn by_id(item: &WorldItem) -> bool {
    item.key.contains('/')
}

/// A name that is a WIT keyword takes a `%`.
fn escape(name: &str) -> &str {
    // The keywords below, each with its `%`: a name is returned escaped
    // by pointing into this table, so nothing is allocated.
    const ESCAPED: &[&str] = &[
        "%use",
        "%type",
        "%func",
        "%u8",
        "%u16",
        "%u32",
        "%u64",
        "%s8",
        "%s16",
        "%s32",
        "%s64",
        "%f32",
        "%f64",
        "%float32",
        "%float64",
        "%char",
        "%resource",
        "%record",
        "%flags",
        "%variant",
        "%enum",
        "%bool",
        "%string",
        "%option",
        "%result",
        "%future",
        "%stream",
        "%list",
        "%own",
        "%borrow",
        "%_",
        "%as",
        "%from",
        "%static",
        "%interface",
        "%tuple",
        "%world",
        "%import",
        "%export",
        "%package",
        "%with",
        "%include",
        "%constructor",
        "%error-context",
        "%async",
        "%map",
    ];
    ESCAPED
        .iter()
        .find(|escaped| &escaped[1..] == name)
        .copied()
        .unwrap_or(name)
}
