#include "objectref.h"

QHash<int, QByteArray> ObjectRoles::names()
{
    return {{KindRole, "kind"},
            {HostIdRole, "hostId"},
            {KeyRole, "key"},
            {RefRole, "ref"},
            {SearchTextRole, "searchText"}};
}
