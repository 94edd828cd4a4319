// A validated request turned into ordered steps, each with its inverse, and the domain XML of every VM it
// touches before and after: what the preview shows and what the executor runs.
#pragma once

#include "assignmentrequest.h"
#include "assignmentverdict.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

struct PlanStep
{
    enum class Kind {
        CreateMdev,        // address: parent function; typeId, mdevUuid, placementId
        RemoveMdev,        // address: parent function; typeId, mdevUuid (to recreate it on undo)
        CreateMigInstance, // address: the GPU; migProfile, migStart (agent only)
        RemoveMigInstance,
        BindVfio,      // address: the function; driver: the one it leaves (for the inverse)
        RestoreDriver, // address: the function; driver: the one to give it back to
        AttachLive,    // vmUuid; hostdev
        DetachLive,
        DefineConfig, // vmUuid; xml to define; previousXml it replaces
        PushToken,    // directory, fileName, content: a licence client configuration token (agent only)
    };
    enum class Via { Libvirt, Agent };

    Kind kind = Kind::DefineConfig;
    Via via = Via::Libvirt;
    QString vmUuid;
    QString vmName;
    PciAddress address;
    QString typeId;
    QString typeName; // for the description: "A16-2Q"
    QString mdevUuid;
    int placementId = -1;
    MigLayout::Profile migProfile = MigLayout::Profile::G1_10;
    int migStart = -1;
    QString driver;
    Hostdev hostdev;
    QString xml;
    QString previousXml;
    QString directory;  // PushToken
    QString fileName;   // PushToken
    QByteArray content; // PushToken; never logged (toJson gives its size and SHA-256)

    QString key() const;         // stable: "create-mdev", "define-config" …
    QString viaKey() const;      // "libvirt", "agent"
    QString description() const; // translated: "Create vGPU A16-2Q on 0000:41:00.4 (through libvirt)"
    PlanStep inverse() const;
    QJsonObject toJson() const; // key, via, description and the parameters (not the XML)
    friend bool operator==(const PlanStep &, const PlanStep &) = default;
};

// One VM's configuration before and after the plan.
struct DomainChange
{
    QString vmUuid;
    QString vmName;
    QString before;
    QString after;
    QString diff() const; // unified diff, file names after the VM
};

struct AssignmentPlan
{
    QString id;       // uuid; the audit log and the runner's signals name the plan by it
    QString hostId;   // inventory id
    QString hostName; // what the audit log shows
    enum class Action { Assign, Release, Undo, PushToken };
    Action action = Action::Assign;
    AssignmentRequest request;
    AssignmentVerdict verdict; // warnings and notes to show beside the preview
    QList<PlanStep> steps;
    QList<DomainChange> domains;
    QString subject; // what is assigned or released: "A16-2Q", "0000:41:00.0", an mdev uuid
    QString undoes;  // Undo: the id of the plan it reverses

    QString actionKey() const; // "assign", "release", "undo", "push-token"
    QString summary() const;   // translated, one line: "Assign A16-2Q to vdi-01, vdi-02"
    // The plan that reverses this one once it has been applied: inverse steps in reverse order, the
    // configurations swapped. Its own id is new.
    AssignmentPlan inverse() const;
    QStringList vmNames() const;
};

Q_DECLARE_METATYPE(PlanStep)
Q_DECLARE_METATYPE(AssignmentPlan)
