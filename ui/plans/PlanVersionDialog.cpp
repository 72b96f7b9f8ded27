// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanVersionDialog.h"

#include "PlanPrinting.h"
#include "PlanTree.h"
#include "common/Format.h"
#include "common/PlainLabel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

PlanVersionDialog::PlanVersionDialog(
    AppContext& context, const PlanVersion& version, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_version(version)
    , m_tree(new PlanTree(this))
{
    setObjectName(QStringLiteral("PlanVersionDialog"));
    setWindowTitle(version.isDraft() ? tr("Treatment Plan, Version %1 (Draft)").arg(version.version)
                                     : tr("Treatment Plan, Version %1").arg(version.version));
    auto* facts = new PlainLabel(describe(version), this);
    facts->setObjectName(QStringLiteral("facts"));
    facts->setWordWrap(true);
    m_tree->setEmptyText(tr("This version has no problems."));
    m_tree->setPlan(version.plan);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, [this] {
        PlanPrinting::preview(this, PlanPrinting::treatmentPlan(this, m_context, m_version));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(facts);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 32);
}

QString PlanVersionDialog::describe(const PlanVersion& v)
{
    QStringList lines;
    if (v.isDraft()) {
        lines.append(tr("Draft of version %1, last saved %2 (started by %3); not finalized.")
                         .arg(v.version)
                         .arg(Format::date(v.updatedAt.toLocalTime().date()), v.createdByName));
    } else {
        lines.append(tr("Version %1, finalized on %2 by %3.")
                         .arg(v.version)
                         .arg(Format::date(v.finalizedAt.toLocalTime().date()), v.finalizedByName));
        lines.append(v.participantAgreedOn.isValid()
                ? tr("The participant agreed on %1: %2")
                      .arg(Format::date(v.participantAgreedOn), v.participantAgreement)
                : tr("The participant's agreement was not recorded for this version."));
    }
    if (v.version > 1 && !v.changeNote.trimmed().isEmpty())
        lines.append(
            tr("Changes from version %1: %2").arg(v.version - 1).arg(v.changeNote.trimmed()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace stepwise
