#!/usr/bin/env python3
"""Checks the synthforge Airflow DAG without Airflow: Python's standard library only.

    python3 jobs/airflow/check_dag.py [DAG_FILE] [--dry-run | --print-args] [--config FILE]

It compiles the DAG file, reads every SparkSubmitOperator call from the syntax tree (its task_id
and application_args), fills in the Jinja templates with sample values, and runs
`jobs/synthforge validate <command> <arguments>` for each task, so an option the command line does
not know, a bad value or a broken config fails here and not in the scheduled run. It also checks
that the tasks run generate >> curate >> monitor >> mix, that every task passes the same config,
run date, run id and scheduler run id, and that no argument looks like a secret.

--dry-run prints the validate command lines instead of running them; --print-args prints the
tasks and their arguments as JSON (the Java test validates them in-process). Anything in the DAG
the checker cannot resolve exactly is an error, never skipped. Exit code 0 when all is well, 1 when
not.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DAG = ROOT / "jobs" / "airflow" / "synthforge_daily.py"
OPERATOR = "SparkSubmitOperator"
EXPECTED_ORDER = ["generate", "curate", "monitor", "mix"]
MAIN_CLASS = "dev.synthforge.job.Main"
# Every task names these by keyword, so an operator that lacks one fails when the DAG is parsed.
REQUIRED_SUBMIT_ARGUMENTS = ["conn_id", "application", "java_class", "properties_file"]
# The arguments a task may pass: SparkSubmitOperator's and the BaseOperator ones a task here needs.
# A misspelt one would be accepted by Airflow without a word (default_args) or fail late.
KNOWN_ARGUMENTS = {
    "task_id", "name", "application", "application_args", "conn_id", "java_class", "properties_file",
    "conf", "files", "jars", "packages", "num_executors", "executor_cores", "executor_memory",
    "driver_memory", "total_executor_cores", "keytab", "principal", "proxy_user", "verbose",
    "spark_binary", "deploy_mode", "yarn_queue", "retries", "retry_delay", "execution_timeout",
    "doc_md", "pool", "trigger_rule", "owner", "email_on_failure", "sla",
}
SAMPLE_DATE = "2026-11-25"
SAMPLE_RUN_ID = "scheduled__2026-11-25T00:00:00+00:00"

# Options whose value every task must share, with the template each must be built from.
SHARED_OPTIONS = {
    "--config": None,
    "--run-date": "{{ ds }}",
    "--run-id": None,
    "--scheduler-run-id": "{{ run_id }}",
}

# The templates a run id may be built from: the same for every try and re-run of a run date.
RUN_ID_TEMPLATES = {"ds", "ds_nodash", "dag.dag_id"}

# What looks like a secret in an argument: known key formats, and option or key names that carry one.
SECRET_VALUES = [
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"),           # OpenAI and compatible
    re.compile(r"\bhf_[A-Za-z0-9]{20,}"),             # Hugging Face
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),              # AWS access key id
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),      # GitHub
    re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),    # Slack
    re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"),  # JWT
    re.compile(r"(?i)\bbearer\s+\S+"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
]
SECRET_NAMES = re.compile(r"(?i)(^|[-_.])(api[-_.]?key|secret|password|passwd|token|authorization|credentials?)$")


class CheckError(Exception):
    """A problem with the DAG, reported with its file and line."""


class Dag:
    """What the checker reads from a DAG file's syntax tree."""

    def __init__(self, path: Path):
        self.path = path
        source = path.read_text(encoding="utf-8")
        try:
            compile(source, str(path), "exec")
        except SyntaxError as error:
            raise CheckError(f"{path}:{error.lineno}: does not compile: {error.msg}") from error
        self.tree = ast.parse(source, str(path))
        self.constants = self._module_constants()
        self.tasks = {}         # variable name -> (task_id, application_args, line)
        self.edges = []         # (upstream task_id, downstream task_id)
        self.dag_id = None
        self.strings = []       # (line, every string constant in the file)
        self._read()

    def where(self, node: ast.AST) -> str:
        return f"{self.path}:{getattr(node, 'lineno', '?')}"

    def _module_constants(self) -> dict:
        """Names bound once at module level to a string or a list of strings."""
        constants, seen = {}, {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                seen[name] = seen.get(name, 0) + 1
                constants[name] = node.value
        # A name bound twice has no single value: leave it unresolved, so using it is an error.
        return {name: value for name, value in constants.items() if seen[name] == 1}

    def _read(self) -> None:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                self.strings.append((node.lineno, node.value))
            if isinstance(node, ast.Call) and _called_name(node) == "DAG":
                if self.dag_id is not None:
                    raise CheckError(f"{self.where(node)}: a second DAG(...) call; the checker reads one DAG per file")
                self.dag_id = self.string(_keyword(node, "dag_id", self))
        if self.dag_id is None:
            raise CheckError(f"{self.path}: no DAG(dag_id=...) call")
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and _called_name(node) == OPERATOR:
                self._read_task(node)
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == OPERATOR:
                raise CheckError(f"{self.where(node)}: {OPERATOR}.{node.attr} cannot be read; create each task with"
                                 f" {OPERATOR}(...)")
        if not self.tasks:
            raise CheckError(f"{self.path}: no {OPERATOR} call")
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.BinOp):
                self._read_chain(node.value)
            shift = isinstance(node, ast.BinOp) and isinstance(node.op, (ast.LShift, ast.RShift))
            if shift and not _in_statement(self.tree, node):
                raise CheckError(f"{self.where(node)}: a >> or << not on a line of its own cannot be read")
            if isinstance(node, ast.Attribute) and node.attr in ("set_upstream", "set_downstream"):
                raise CheckError(f"{self.where(node)}: {node.attr} cannot be read; write the order with >>")
            if isinstance(node, ast.Name) and node.id in ("chain", "cross_downstream"):
                raise CheckError(f"{self.where(node)}: {node.id} cannot be read; write the order with >>")

    def _read_task(self, call: ast.Call) -> None:
        assignment = _assignment_of(self.tree, call)
        if assignment is None:
            raise CheckError(f"{self.where(call)}: bind each {OPERATOR} to a name (generate = {OPERATOR}(...))")
        if any(keyword.arg is None for keyword in call.keywords) or call.args:
            raise CheckError(f"{self.where(call)}: pass {OPERATOR} arguments by keyword, without *args or **kwargs")
        task_id = self.string(_keyword(call, "task_id", self))
        unknown = sorted(keyword.arg for keyword in call.keywords if keyword.arg not in KNOWN_ARGUMENTS)
        if unknown:
            raise CheckError(f"{self.where(call)}: task {task_id!r} passes {', '.join(unknown)}, not an argument"
                             f" of {OPERATOR} this checker knows")
        for required in REQUIRED_SUBMIT_ARGUMENTS:
            _keyword(call, required, self)
        java_class = self.string(_keyword(call, "java_class", self))
        if java_class != MAIN_CLASS:
            raise CheckError(f"{self.where(call)}: task {task_id!r} submits java_class {java_class!r};"
                             f" the jobs run from {MAIN_CLASS}")
        arguments = self.strings_list(_keyword(call, "application_args", self))
        if any(existing[0] == task_id for existing in self.tasks.values()):
            raise CheckError(f"{self.where(call)}: task_id {task_id!r} is used twice")
        if assignment in self.tasks:
            raise CheckError(f"{self.where(call)}: {assignment} names two tasks")
        self.tasks[assignment] = (task_id, arguments, call.lineno)

    def _read_chain(self, node: ast.BinOp) -> None:
        operands = []
        while isinstance(node, ast.BinOp):
            if not isinstance(node.op, ast.RShift):
                raise CheckError(f"{self.where(node)}: only >> chains can be read")
            operands.append(node.right)
            node = node.left
        operands.append(node)
        operands.reverse()
        names = []
        for operand in operands:
            if not isinstance(operand, ast.Name) or operand.id not in self.tasks:
                raise CheckError(f"{self.where(operand)}: a >> chain may only name {OPERATOR} tasks")
            names.append(self.tasks[operand.id][0])
        self.edges.extend(zip(names, names[1:]))

    def string(self, node: ast.AST) -> str:
        """A string literal, or a name bound to one at module level."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and node.id in self.constants:
            return self.string(self.constants[node.id])
        raise CheckError(f"{self.where(node)}: cannot resolve {ast.unparse(node)!r} to a string")

    def strings_list(self, node: ast.AST) -> list:
        """A list literal of strings, names of strings and *names of such lists, or a name bound to one."""
        if isinstance(node, ast.Name) and node.id in self.constants:
            return self.strings_list(self.constants[node.id])
        if not isinstance(node, ast.List):
            raise CheckError(f"{self.where(node)}: cannot resolve {ast.unparse(node)!r} to a list of strings")
        values = []
        for element in node.elts:
            if isinstance(element, ast.Starred):
                values.extend(self.strings_list(element.value))
            else:
                values.append(self.string(element))
        return values


def _called_name(call: ast.Call):
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return None


def _keyword(call: ast.Call, name: str, dag: Dag) -> ast.AST:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    raise CheckError(f"{dag.where(call)}: {_called_name(call)}(...) has no {name}=")


def _assignment_of(tree: ast.AST, call: ast.Call):
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and node.value is call and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            return node.targets[0].id
    return None


def _in_statement(tree: ast.AST, binop: ast.BinOp) -> bool:
    """Whether the shift is part of an expression statement (a >> chain of its own)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and any(child is binop for child in ast.walk(node.value)):
            return True
    return False


TEMPLATE = re.compile(r"\{\{\s*(.*?)\s*\}\}")


def samples(dag: Dag, config: str) -> dict:
    """The sample value of every template the checker knows."""
    return {
        "ds": SAMPLE_DATE,
        "ds_nodash": SAMPLE_DATE.replace("-", ""),
        "run_id": SAMPLE_RUN_ID,
        "dag.dag_id": dag.dag_id,
        "params.config": config,
    }


def render(value: str, known: dict, task_id: str) -> str:
    if "{%" in value or "{#" in value:
        raise CheckError(f"task {task_id!r}: Jinja blocks and comments cannot be checked: {value!r}")

    def sample(match):
        expression = match.group(1)
        if expression not in known:
            raise CheckError(f"task {task_id!r}: unknown template {match.group(0)!r} in {value!r};"
                             f" known: {', '.join(sorted(known))}")
        return known[expression]

    rendered = TEMPLATE.sub(sample, value)
    if "{{" in rendered or "}}" in rendered:
        raise CheckError(f"task {task_id!r}: unbalanced template in {value!r}")
    return rendered


def check_secrets(dag: Dag, tasks: list) -> None:
    for task_id, arguments, _ in tasks:
        for argument in arguments:
            name = argument.split("=", 1)[0] if argument.startswith("-") or "=" in argument else ""
            if name and SECRET_NAMES.search(name):
                raise CheckError(f"task {task_id!r}: argument {name!r} would carry a secret on the command line;"
                                 " API keys come from the executors' environment (api-key-env) or a file")
    for line, value in dag.strings:
        if any(pattern.search(value) for pattern in SECRET_VALUES):
            raise CheckError(f"{dag.path}:{line}: a string looks like a secret; keep API keys out of the DAG")


def check_order(dag: Dag, tasks: list) -> None:
    task_ids = [task_id for task_id, _, _ in tasks]
    if sorted(task_ids) != sorted(EXPECTED_ORDER):
        raise CheckError(f"{dag.path}: tasks {task_ids}, expected {EXPECTED_ORDER}")
    expected = list(zip(EXPECTED_ORDER, EXPECTED_ORDER[1:]))
    if sorted(set(dag.edges)) != sorted(expected) or len(dag.edges) != len(expected):
        found = ", ".join(f"{a} >> {b}" for a, b in dag.edges) or "none"
        raise CheckError(f"{dag.path}: task order is {found}; expected {' >> '.join(EXPECTED_ORDER)}")
    for task_id, arguments, line in tasks:
        if not arguments or arguments[0] != task_id:
            raise CheckError(f"{dag.path}:{line}: task {task_id!r} runs {arguments[:1]},"
                             f" expected the {task_id} command")


def check_shared_options(dag: Dag, tasks: list) -> None:
    """Every job of a DAG run gets the same config, run date, run id and scheduler run id."""
    for option, template in SHARED_OPTIONS.items():
        values = {}
        for task_id, arguments, line in tasks:
            positions = [i for i, argument in enumerate(arguments) if argument == option]
            if len(positions) != 1 or positions[0] + 1 >= len(arguments):
                raise CheckError(f"{dag.path}:{line}: task {task_id!r} must pass {option} once, with a value")
            values[task_id] = arguments[positions[0] + 1]
        if len(set(values.values())) != 1:
            raise CheckError(f"{dag.path}: tasks pass different {option} values: {values}")
        value = next(iter(values.values()))
        if template is not None and value != template:
            raise CheckError(f"{dag.path}: {option} is {value!r}, expected {template!r}")
        templates = set(TEMPLATE.findall(value))
        if option == "--run-id" and not (templates & {"ds", "ds_nodash"} and templates <= RUN_ID_TEMPLATES):
            raise CheckError(f"{dag.path}: --run-id {value!r} must be derived from the run date ({{{{ ds }}}}),"
                             " so that retries and re-runs of a date reuse it")


def read(path: Path, config: str) -> list:
    """The DAG's tasks in order, as (task_id, rendered arguments, line); raises CheckError."""
    dag = Dag(path)
    tasks = list(dag.tasks.values())
    check_secrets(dag, tasks)
    check_order(dag, tasks)
    check_shared_options(dag, tasks)
    known = samples(dag, config)
    by_id = {task_id: (task_id, [render(a, known, task_id) for a in arguments], line)
             for task_id, arguments, line in tasks}
    rendered = [by_id[task_id] for task_id in EXPECTED_ORDER]
    check_secrets(dag, rendered)
    return rendered


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(description="Check the synthforge Airflow DAG without Airflow.")
    parser.add_argument("dag", nargs="?", default=str(DEFAULT_DAG), help="DAG file (default: %(default)s)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="print the validate commands, do not run them")
    mode.add_argument("--print-args", action="store_true", help="print the tasks and their arguments as JSON")
    parser.add_argument("--config", default="conf/demo.yaml",
                        help="sample value of {{ params.config }}, relative to the repository (default: %(default)s)")
    options = parser.parse_args(argv)
    try:
        tasks = read(Path(options.dag), options.config)
    except CheckError as error:
        print(f"check_dag: {error}", file=sys.stderr)
        return 1
    if options.print_args:
        print(json.dumps({"tasks": [{"task_id": task_id, "args": arguments} for task_id, arguments, _ in tasks]},
                         indent=2))
        return 0
    failed = []
    for task_id, arguments, _ in tasks:
        command = ["jobs/synthforge", "validate", *arguments]
        print(f"check_dag: task {task_id}: {shlex.join(command)}", flush=True)
        if not options.dry_run and subprocess.run([str(ROOT / command[0]), *command[1:]], cwd=ROOT).returncode != 0:
            failed.append(task_id)
    if failed:
        print(f"check_dag: validate failed for task(s) {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
