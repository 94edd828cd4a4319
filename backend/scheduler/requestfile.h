// Placement request files: the console's JSON and CSV forms (docs/plan-json.md, "Request files"), read
// and written, and the Alibaba pod list read through traceimport. Errors name the file and the 1-based
// line (and column for JSON syntax errors) so a hand-edited file can be fixed without guessing.
#pragma once

#include "core/result.h"
#include "placement.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Sched::RequestFile {

enum class Format { Json, Csv };

// Reads a request file; the format is taken from the content: JSON when it starts with '{' or '[', the
// Alibaba pod list when the CSV header has num_gpu, else the console's CSV.
Result<QList<PlacementRequest>> read(const QString &path);
Result<QList<PlacementRequest>> parse(const QByteArray &data, const QString &fileName);
Result<QList<PlacementRequest>> parseJson(const QByteArray &json, const QString &fileName);
Result<QList<PlacementRequest>> parseCsv(const QByteArray &csv, const QString &fileName);

QByteArray toJson(const QList<PlacementRequest> &requests);
QByteArray toCsv(const QList<PlacementRequest> &requests);
// Writes atomically; the format follows the file name (".csv": CSV, anything else: JSON).
Status write(const QString &path, const QList<PlacementRequest> &requests);
Format formatFor(const QString &path);

// The request kinds' stable keys in both formats: "vgpu", "mig", "gpus", "vf", "milli".
QString kindKey(PlacementRequest::Kind kind);
std::optional<PlacementRequest::Kind> kindFromKey(QStringView key);
// The kind's size as text: the vGPU type, the MIG profile, the GPU count, "" for a VF, the milli-GPU.
QString sizeText(const PlacementRequest &r);
// Sets the kind's size from text (what sizeText gives); the translated reason when it is not one.
QString setSize(PlacementRequest &r, PlacementRequest::Kind kind, const QString &text);
// MIG profiles by name ("3g.40gb") or as a MIG-backed vGPU type ("A100-3-40C").
std::optional<MigLayout::Profile> migProfileFromText(QStringView text);

// Why the request cannot be placed as written (translated), or empty when it is valid.
QString validate(const PlacementRequest &r);

} // namespace Sched::RequestFile
