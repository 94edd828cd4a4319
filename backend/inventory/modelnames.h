// Names the inventory's item models show for hosts, mdev types and functions (untranslated data).
#pragma once

#include "inventory.h"

namespace ModelNames {
// The user's label, else the hostname libvirt reported, else the URI.
QString hostLabel(const Inventory::Host &host);
// "A16-2Q" for a recognised NVIDIA vGPU type, else the name as reported, else the type id.
QString typeLabel(const MdevType &type);
// The type of an existing mdev, looked up on its parent function; null when the parent does not list it.
const MdevType *typeOf(const HostSnapshot &s, const MediatedDevice &mdev);
// typeLabel of the mdev's type, or its type id when the parent does not list it.
QString mdevTypeLabel(const HostSnapshot &s, const MediatedDevice &mdev);
// Product name of a function, empty when the snapshot does not have it.
QString productOf(const HostSnapshot &s, const PciAddress &address);
// A size in the current locale's IEC units: "8 GiB", "1.5 GiB", "512 MiB" (decimals only when needed).
QString sizeText(quint64 bytes);
// Words separated by spaces, skipping empty ones: the search text of a row.
QString searchText(std::initializer_list<QString> words);
} // namespace ModelNames
