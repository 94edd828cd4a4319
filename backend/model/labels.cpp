#include "labels.h"

#include <QCoreApplication>

namespace Labels {

QString vmStateKey(VmState s)
{
    switch (s) {
    case VmState::NoState: return QStringLiteral("nostate");
    case VmState::Running: return QStringLiteral("running");
    case VmState::Blocked: return QStringLiteral("blocked");
    case VmState::Paused: return QStringLiteral("paused");
    case VmState::ShuttingDown: return QStringLiteral("shutdown");
    case VmState::Shutoff: return QStringLiteral("shutoff");
    case VmState::Crashed: return QStringLiteral("crashed");
    case VmState::Suspended: return QStringLiteral("pmsuspended");
    }
    return {};
}

QString connectionStateKey(HostConnection::State s)
{
    switch (s) {
    case HostConnection::State::Disconnected: return QStringLiteral("disconnected");
    case HostConnection::State::Connecting: return QStringLiteral("connecting");
    case HostConnection::State::Connected: return QStringLiteral("connected");
    case HostConnection::State::Lost: return QStringLiteral("lost");
    }
    return {};
}

QString seriesKey(VgpuSeries s)
{
    return VgpuTypeName::seriesLetter(s);
}

QString editionKey(LicenseEdition e)
{
    return VgpuTypeName::editionKey(e);
}

QString vmStateText(VmState s)
{
    switch (s) {
    case VmState::NoState: return QCoreApplication::translate("Labels", "No state", "@label VM state");
    case VmState::Running: return QCoreApplication::translate("Labels", "Running", "@label VM state");
    case VmState::Blocked: return QCoreApplication::translate("Labels", "Blocked", "@label VM state");
    case VmState::Paused: return QCoreApplication::translate("Labels", "Paused", "@label VM state");
    case VmState::ShuttingDown: return QCoreApplication::translate("Labels", "Shutting down", "@label VM state");
    case VmState::Shutoff: return QCoreApplication::translate("Labels", "Shut off", "@label VM state");
    case VmState::Crashed: return QCoreApplication::translate("Labels", "Crashed", "@label VM state");
    case VmState::Suspended: return QCoreApplication::translate("Labels", "Suspended", "@label VM state");
    }
    return {};
}

QString connectionStateText(HostConnection::State s)
{
    switch (s) {
    case HostConnection::State::Disconnected:
        return QCoreApplication::translate("Labels", "Disconnected", "@label host connection");
    case HostConnection::State::Connecting:
        return QCoreApplication::translate("Labels", "Connecting…", "@label host connection");
    case HostConnection::State::Connected:
        return QCoreApplication::translate("Labels", "Connected", "@label host connection");
    case HostConnection::State::Lost:
        return QCoreApplication::translate("Labels", "Connection lost", "@label host connection");
    }
    return {};
}

QString editionFullText(LicenseEdition e)
{
    switch (e) {
    case LicenseEdition::VApps: return QCoreApplication::translate("Labels", "NVIDIA Virtual Applications (vApps)");
    case LicenseEdition::VPC: return QCoreApplication::translate("Labels", "NVIDIA Virtual PC (vPC)");
    case LicenseEdition::VWS: return QCoreApplication::translate("Labels", "NVIDIA RTX Virtual Workstation (vWS)");
    case LicenseEdition::VCS: return QCoreApplication::translate("Labels", "NVIDIA Virtual Compute Server (vCS)");
    case LicenseEdition::None: break;
    }
    return QCoreApplication::translate("Labels", "No vGPU licence needed");
}

QString editionText(LicenseEdition e)
{
    switch (e) {
    // NVIDIA's own short names; they fit a table column and are what licence portals show.
    case LicenseEdition::VApps: return QCoreApplication::translate("Labels", "vApps", "@label licence edition");
    case LicenseEdition::VPC: return QCoreApplication::translate("Labels", "vPC", "@label licence edition");
    case LicenseEdition::VWS: return QCoreApplication::translate("Labels", "RTX vWS", "@label licence edition");
    case LicenseEdition::VCS: return QCoreApplication::translate("Labels", "vCS", "@label licence edition");
    case LicenseEdition::None: break;
    }
    return QCoreApplication::translate("Labels", "None", "@label licence edition");
}

} // namespace Labels
