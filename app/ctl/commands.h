// gpuvirtctl's commands, one function each; main.cpp dispatches.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Gives the CLI's strings a context lupdate can see.
struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(gpuvirtctl)
};

class QCommandLineParser;

void ctlError(const QString &text); // "gpuvirtctl: text" on standard error

// Every command prints JSON (stable, documented) or a table for people.
enum class Format { Json, Table };
void addFormatOption(QCommandLineParser &p);
// The chosen format; reports a wrong one on standard error and returns nothing.
std::optional<Format> formatOf(const QCommandLineParser &p);

int inventoryCommand(QCoreApplication &app, const QStringList &args);
int planCommand(QCoreApplication &app, const QStringList &args);
int timesliceCommand(const QStringList &args);
int agentCommand(const QStringList &args);
int readinessCommand(const QStringList &args);
// Needs a QGuiApplication (main.cpp makes one, offscreen when there is no display).
int reportCommand(QCoreApplication &app, const QStringList &args);
int licenseCommand(QCoreApplication &app, const QStringList &args);
