// Columns of text for terminals: Chinese characters take two cells, so padding by character count
// misaligns every table gpuvirtctl prints in Chinese.
#pragma once

#include <QString>

namespace TextColumns {
// Terminal cells the text takes: East Asian wide and full-width characters count two.
int width(QStringView text);
// The text followed by spaces up to `cells` (unchanged when it is already that wide).
QString padded(const QString &text, int cells);
} // namespace TextColumns
