// One shared copy of each of the few hundred names that every host of a cluster repeats.
#pragma once

#include <QString>
#include <QStringView>

// A thousand hosts report the same mdev type ids and names, vendor and product names and driver names
// hundreds of thousands of times; interning them keeps the inventory's memory proportional to what
// actually differs. Thread-safe: every host's worker thread parses into it.
namespace StringPool {
QString intern(QStringView s);
}
