// gpuvirtctl's commands, one function each; main.cpp dispatches.
#pragma once

#include <QCoreApplication>
#include <QStringList>

// Gives the CLI's strings a context lupdate can see.
struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(gpuvirtctl)
};

void ctlError(const QString &text); // "gpuvirtctl: text" on standard error

int timesliceCommand(const QStringList &args);
