#pragma once

// What the importer makes of a set of real runbooks, measured against what is in the
// files: code blocks found by md4c versus code blocks that became step commands, and
// so on. Shared by scripts/corpus-report (corpus_report) and tst_corpus.

#include "runbook/Runbook.h"

#include <QList>
#include <QMap>
#include <QString>

namespace rollcage::runbook::corpus {

// How a step is confirmed before it runs: one click, a click that names the target, or
// typing the target.
enum class Level { OneClick, NameTarget, Typed };

struct DocStats
{
    QString name;
    QMap<ProcedureKind, int> kinds; // procedures by kind
    int procedures = 0;
    int steps = 0;
    // Code blocks in the file, by what their info string says: a shell (bash, console, …),
    // none (an untagged fence or an indented block) or another language (sql, yaml, …);
    // and how many of each became (part of) a step command.
    int shellBlocks = 0;
    int shellUsed = 0;
    int plainBlocks = 0;
    int plainUsed = 0;
    int otherBlocks = 0;
    int otherUsed = 0;
    int outputShown = 0; // untagged/other blocks shown as a command's expected output
    // Shell blocks whose comments number two or more steps ("# 1. …", "# Step 2: …"), and
    // those whose lines the importer spread over two or more steps.
    int multiStepBlocks = 0;
    int multiStepSplit = 0;
    QMap<Level, int> levels; // steps by confirmation level
    // What the Assess page and the escalation panel offer: severity levels, triggers,
    // escalation levels, and those levels that have a time to call them.
    int severities = 0;
    int triggers = 0;
    int escalation = 0;
    int escalationTimed = 0;
    int escalationConditional = 0; // with a condition ("if data loss is suspected")
    int sessions = 0; // terminal steps that open a session
    int prompts = 0;  // terminal steps that ask a question
    int guesses = 0; // where `check` says the importer guessed, with the annotation to settle it
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    double importMs = 0;
    QStringList unused; // "line 12 (bash)": shell and untagged blocks no step runs

    DocStats &operator+=(const DocStats &o);
};

// Imports `path` and measures it. `name` is what the report calls it.
DocStats measure(const QString &path, const QString &name);
// Every *.md file of `dir` (SOURCES.md and README.md left out), sorted by name.
QList<DocStats> measureDirectory(const QString &dir);
DocStats total(const QList<DocStats> &docs);
// The report scripts/corpus-report prints: a line per document, the totals, the ratios.
QString report(const QList<DocStats> &docs);

} // namespace rollcage::runbook::corpus
