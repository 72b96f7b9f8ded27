// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace stepwise {

// Opens `dialog` window-modal without a nested event loop (the chart waits, the rest of the
// app runs), deletes it when it closes and calls `onFinished` on `context` then: a tab
// reloads what the dialog may have changed. Returns the dialog, for tests to drive.
template<typename D, typename F> D* openDialog(D* dialog, QObject* context, F onFinished)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, context, onFinished);
    dialog->open();
    return dialog;
}

} // namespace stepwise
