// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ReadOnlyTable.h"

namespace stepwise {

class PhaseModel;

// The phase history table: columns sized for their values until the user resizes them, and
// the user's widths remembered.
class PhaseHistoryView : public ReadOnlyTable
{
    Q_OBJECT
public:
    PhaseHistoryView(PhaseModel* model, QWidget* parent = nullptr);
    ~PhaseHistoryView() override;

private:
    void applyDefaultWidths(PhaseModel* model);
};

} // namespace stepwise
