// The documented, stable JSON form of the inventory (docs/inventory-json.md) and a plain-text table.
#pragma once

#include <QJsonObject>
#include <QString>

class Inventory;

namespace InventoryJson {
QJsonObject toJson(const Inventory &inventory);
QString toTable(const Inventory &inventory); // translated headings, for terminals
}
