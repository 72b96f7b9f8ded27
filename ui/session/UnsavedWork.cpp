// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsavedWork.h"

namespace stepwise {

void UnsavedWork::add(UnsavedForm* form)
{
    if (form && !m_forms.contains(form))
        m_forms.append(form);
}

void UnsavedWork::remove(UnsavedForm* form)
{
    m_forms.removeAll(form);
}

QList<UnsavedForm*> UnsavedWork::modified() const
{
    QList<UnsavedForm*> list;
    for (UnsavedForm* form : m_forms) {
        if (form->isModified())
            list.append(form);
    }
    return list;
}

} // namespace stepwise
