#pragma once

#include "execution/Engine.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QStringList>

class QSocketNotifier;

namespace rollcage::cli {

class HeadlessTerminal;

struct RunOptions
{
    QString runbookPath;
    QStringList procedures; // --procedure, in the order given: run one after the other
    QHash<QString, QString> variables;
    QStringList ticks;               // --tick ITEM
    QList<QStringList> waivers;      // --waive ITEM=REASON: {item, reason}
    bool yes = false;
    bool dryRun = false;
    QString database;
    QString service;
    QString environment;
    QString operatorName;
    QString title;
    qint64 incident = 0;
    QString resolve;
    QString directory;
};

// Drives the engine step by step from the event loop through each procedure given, in
// order, in one incident, and turns what happens into terminal output and an exit code.
// What may run is the engine's (the core policy's) decision, as in the GUI.
class HeadlessRun : public QObject
{
    // Its own tr(), not QObject's ("QObject") nor the file's ("rollcage::cli"): lupdate files
    // the texts of this class under its name.
    Q_DECLARE_TR_FUNCTIONS(rollcage::cli::HeadlessRun)

public:
    HeadlessRun(execution::Engine *engine, const RunOptions &options);
    ~HeadlessRun() override;

    int exec();

private:
    QString settledSummary() const;
    void finishWith(int code);
    void next();
    // The current procedure is settled: on to the next one given, or the end.
    void procedureDone();
    void print(int index, execution::OutputStream stream, const QString &text, qint64);
    void onStepFinished(int index, const execution::StepResult &result);
    // A plain step asks on its input: said on the terminal, answered there (HeadlessTerminal).
    void onWaitsForInput(int index, bool waiting, bool echoed);
    void onStopRequested();
    // HeadlessApproval.cpp. Four-eyes: a step that needs a second person's approval is
    // asked for and waited on (someone approves from their console or `rollcage approve`);
    // true while the run waits or has stopped on a refusal.
    bool waitForApproval(int index);
    void onApprovalAnswered();

    execution::Engine *m_engine;
    HeadlessTerminal *m_terminal = nullptr; // the terminal lent to terminal steps, if any
    RunOptions m_options;
    QStringList m_queue; // procedures still to run after the current one
    QSocketNotifier *m_notifier = nullptr;
    int m_signalRead = -1;
    bool m_stopRequested = false;
    int m_approvalStep = -1; // the step waiting for its approval, -1 for none
    bool m_outAtLineStart = true;
    bool m_errAtLineStart = true;
    int m_exitCode = 0;
};

} // namespace rollcage::cli
