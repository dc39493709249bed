"""Prints the public API of a generated Python package, one line per item,
so two generators' outputs can be compared (`equivalence.rs`).

    python api_shape.py DIR

DIR holds `wit_world/` and `componentize_py_types.py`. The files are read
with `ast` (never imported: componentize-py's output is not always valid
Python to run), and each public item becomes a line of tab-separated
fields: its kind, its dotted path, then its parts (decorators, bases,
each parameter, the result, a field's type, a member's value):

    module    wit_world.imports.files
    class     wit_world.imports.files.File    bases:
    method    wit_world.imports.files.File.read    self    len: int    -> bytes
    field     wit_world.imports.files.Opened.name    str
    member    wit_world.imports.files.Level.LOW    = 0
    function  wit_world.imports.files.close    f: wit_world.imports.files.File    -> None
    alias     wit_world.imports.files.Lookup    = Union[...]

A module that is not valid Python is one line, `unparsable`, with the
error.

Annotations are normalised to what they denote, whatever the spelling:
names resolved through the module's imports to dotted paths
(`shapes.Point` -> `wit_world.imports.shapes.Point`, `Optional` ->
`typing.Optional`), then `Optional[X]`, `Union[...]` and `X | Y` become one
`Union[A, B]` of sorted members, `List`/`Tuple` become `list`/`tuple`.
`typing.Self` in a class's methods is the class itself. Docstrings,
imports and private names (starting with `_`) are not API.
"""

from __future__ import annotations

import ast
import builtins
import sys
from pathlib import Path

BUILTINS = set(dir(builtins))
ALIASES = {
    "typing.List": "list",
    "typing.Tuple": "tuple",
    "typing.Type": "type",
}


def module_name(root: Path, path: Path) -> tuple[str, bool]:
    """A file's dotted module name, and whether it is a package."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


class Module:
    def __init__(self, root: Path, path: Path) -> None:
        self.name, self.is_package = module_name(root, path)
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.imports: dict[str, str] = {}
        self.defined: set[str] = set()
        for node in self.tree.body:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    local = alias.asname or alias.name.split(".")[0]
                    self.imports[local] = alias.name if alias.asname else local
            elif isinstance(node, ast.ImportFrom):
                base = self.resolve_from(node)
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = f"{base}.{alias.name}"
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                self.defined.add(node.name)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.defined.add(target.id)

    def resolve_from(self, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        package = self.name.split(".")
        if not self.is_package:
            package.pop()
        package = package[: len(package) - (node.level - 1)]
        if node.module:
            package.append(node.module)
        return ".".join(package)

    def resolve(self, name: str) -> str:
        """A name as an annotation means it: the module's own definitions
        first (as mypy reads them), then its imports, then builtins."""
        if name == "None":
            return "None"
        if name in self.defined:
            return f"{self.name}.{name}"
        if name in self.imports:
            target = self.imports[name]
            if target.startswith("builtins."):
                target = target.removeprefix("builtins.")
            return ALIASES.get(target, target)
        if name in BUILTINS:
            return name
        return f"?{name}"


def dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def annotation(module: Module, node: ast.expr | None, owner: str | None) -> str:
    """The canonical text of an annotation; `owner` is the class whose
    body it is in (for `Self`)."""
    if node is None:
        return "?missing"
    if isinstance(node, ast.Constant):
        if node.value is None:
            return "None"
        if isinstance(node.value, str):
            return annotation(module, ast.parse(node.value, mode="eval").body, owner)
        return repr(node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return union([annotation(module, node.left, owner), annotation(module, node.right, owner)])
    if isinstance(node, ast.Subscript):
        base = annotation(module, node.value, owner)
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        texts = [annotation(module, arg, owner) for arg in args]
        if base == "typing.Optional":
            return union([texts[0], "None"])
        if base == "typing.Union":
            return union(texts)
        return f"{base}[{', '.join(texts)}]"
    name = dotted(node)
    if name is None:
        return f"?{ast.unparse(node)}"
    head, _, rest = name.partition(".")
    resolved = module.resolve(head)
    text = f"{resolved}.{rest}" if rest else resolved
    text = ALIASES.get(text.removeprefix("builtins."), text.removeprefix("builtins."))
    if text == "typing.Self" and owner is not None:
        # `Self` in a class's own methods is the class, for this comparison.
        return owner
    return text


def union(members: list[str]) -> str:
    """One flat union of sorted, distinct members."""
    flat: set[str] = set()
    for member in members:
        flat.update(union_members(member))
    return "Union[" + ", ".join(sorted(flat)) + "]"


def union_members(text: str) -> list[str]:
    """The members of a normalised union (split at top-level commas), or
    the text itself."""
    if not (text.startswith("Union[") and text.endswith("]")):
        return [text]
    members, depth, start = [], 0, 6
    for i, c in enumerate(text[6:-1], 6):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == "," and depth == 0:
            members.append(text[start:i].strip())
            start = i + 1
    members.append(text[start:-1].strip())
    return members


def decorators(module: Module, node: ast.FunctionDef | ast.ClassDef) -> str:
    names = []
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        text = dotted(target) or ast.unparse(target)
        head, _, rest = text.partition(".")
        resolved = module.resolve(head)
        names.append("@" + (f"{resolved}.{rest}" if rest else resolved).removeprefix("builtins."))
    return " ".join(names)


def signature(module: Module, node: ast.FunctionDef, owner: str | None) -> list[str]:
    """The parts of a function: its decorators (if any), each parameter,
    the result."""
    parts = [decorators(module, node)] if node.decorator_list else []
    for arg in node.args.posonlyargs + node.args.args:
        if arg.annotation is None:
            parts.append(arg.arg)
        else:
            parts.append(f"{arg.arg}: {annotation(module, arg.annotation, owner)}")
    parts.append(f"-> {annotation(module, node.returns, owner)}")
    return parts


def line(kind: str, path: str, parts: list[str]) -> str:
    return "\t".join([kind, path, *parts])


def class_lines(module: Module, node: ast.ClassDef) -> list[str]:
    path = f"{module.name}.{node.name}"
    bases = []
    for base in node.bases:
        if isinstance(base, ast.Subscript):
            bases.append(annotation(module, base, None))
            continue
        name = dotted(base) or ast.unparse(base)
        head, _, rest = name.partition(".")
        # A base is read where the class statement runs: before the class
        # itself exists (`class Enum(Enum)` derives from the import).
        resolved = module.imports.get(head) if head == node.name else None
        resolved = resolved or module.resolve(head)
        bases.append(f"{resolved}.{rest}" if rest else resolved)
    parts = [decorators(module, node)] if node.decorator_list else []
    lines = [line("class", path, [*parts, "bases: " + ", ".join(sorted(bases))])]
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            lines.append(line("field", f"{path}.{item.target.id}", [annotation(module, item.annotation, path)]))
        elif isinstance(item, ast.Assign):
            for target in item.targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_"):
                    value = ast.unparse(item.value)
                    if isinstance(item.value, ast.Call):
                        value = dotted(item.value.func) or value
                        value = value.rsplit(".", 1)[-1] + "()"
                    lines.append(line("member", f"{path}.{target.id}", [f"= {value}"]))
        elif isinstance(item, ast.FunctionDef):
            lines.append(line("method", f"{path}.{item.name}", signature(module, item, path)))
    return lines


def module_lines(module: Module) -> list[str]:
    lines = [line("module", module.name, [])]
    for node in module.tree.body:
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            lines.extend(class_lines(module, node))
        elif isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            lines.append(line("function", f"{module.name}.{node.name}", signature(module, node, None)))
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if not isinstance(target, ast.Name) or target.id.startswith("_"):
                    continue
                value = node.value
                if isinstance(value, ast.Call) and dotted(value.func) in ("TypeVar", "typing.TypeVar"):
                    continue
                lines.append(line("alias", f"{module.name}.{target.id}", [f"= {annotation(module, value, None)}"]))
    return lines


def main() -> None:
    root = Path(sys.argv[1])
    files = sorted(root.glob("wit_world/**/*.py")) + [root / "componentize_py_types.py"]
    lines: list[str] = []
    for path in files:
        try:
            module = Module(root, path)
        except SyntaxError as error:
            name, _ = module_name(root, path)
            lines.append(line("unparsable", name, [f"{error.msg} (line {error.lineno})"]))
            continue
        lines.extend(module_lines(module))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
