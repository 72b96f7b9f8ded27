// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/TreatmentPlanStore.h"

#include <QDialog>

namespace stepwise {

class AppContext;
class PlanTree;

// One version of a treatment plan, read-only, as it was finalized (or as the draft stands),
// with who finalized it, the participant's agreement and the change note; Print… from here.
class PlanVersionDialog : public QDialog
{
    Q_OBJECT
public:
    PlanVersionDialog(AppContext& context, const PlanVersion& version, QWidget* parent = nullptr);
    PlanTree* tree() const { return m_tree; }
    // "Finalized on … by …" and the rest shown above the plan.
    static QString describe(const PlanVersion& version);

private:
    AppContext& m_context;
    PlanVersion m_version;
    PlanTree* m_tree;
};

} // namespace stepwise
