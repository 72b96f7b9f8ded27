// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseTimeline.h"

#include "common/Format.h"
#include "reports/PhaseColors.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace stepwise {

namespace {
constexpr int Margin = 4;
constexpr int BarHeight = 28;
constexpr int Gap = 4;
} // namespace

PhaseTimeline::PhaseTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("phaseTimeline"));
    setAccessibleName(tr("Phase timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PhaseTimeline::setEpisode(const std::optional<Episode>& episode, const QDate& today)
{
    m_episode = episode;
    m_today = today;
    setAccessibleDescription(summary());
    updateGeometry();
    update();
}

QSize PhaseTimeline::sizeHint() const
{
    const int line = fontMetrics().height();
    return { 480, Margin * 2 + line * 3 + BarHeight + Gap * 3 };
}

QSize PhaseTimeline::minimumSizeHint() const
{
    return { 200, sizeHint().height() };
}

QDate PhaseTimeline::endOf(const Phase& phase) const
{
    if (!phase.isOpen())
        return phase.endDate;
    // A discharged episode has no open phase; an open one runs until today.
    return qMax(phase.startDate, m_today);
}

QRect PhaseTimeline::barRect() const
{
    const int top = Margin + fontMetrics().height() + Gap;
    return { Margin, top, width() - 2 * Margin, BarHeight };
}

QList<QRect> PhaseTimeline::segmentRects() const
{
    QList<QRect> rects;
    if (!m_episode || m_episode->phases.isEmpty())
        return rects;
    const QDate first = m_episode->phases.first().startDate;
    const QDate last = endOf(m_episode->phases.last());
    const qint64 totalDays = qMax<qint64>(1, first.daysTo(last) + 1);
    const QRect bar = barRect();
    const auto xAt = [&](const QDate& date) {
        return bar.left() + int(double(first.daysTo(date)) / double(totalDays) * bar.width());
    };
    for (const Phase& phase : m_episode->phases) {
        const int left = xAt(phase.startDate);
        // At least a sliver, so a one-day phase in a long episode stays visible.
        const int right = qMax(left + 3, xAt(endOf(phase).addDays(1)));
        rects.append(QRect(left, bar.top(), right - left, bar.height()));
    }
    return rects;
}

void PhaseTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();

    if (!m_episode || m_episode->phases.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No phases recorded."));
        return;
    }

    // Above the bar: where the episode starts and where it ends (today while in care).
    const QRect bar = barRect();
    const QRect topLine(bar.left(), Margin, bar.width(), fm.height());
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(topLine, Qt::AlignLeft | Qt::AlignVCenter,
        tr("Admitted %1").arg(Format::date(m_episode->admissionDate)));
    painter.drawText(topLine, Qt::AlignRight | Qt::AlignVCenter,
        m_episode->isOpen() ? tr("Today, %1").arg(Format::date(m_today))
                            : tr("Discharged %1").arg(Format::date(m_episode->dischargeDate)));

    const QList<QRect> rects = segmentRects();
    int labelRight = bar.left() - 1000;
    for (int i = 0; i < rects.size(); ++i) {
        const Phase& phase = m_episode->phases.at(i);
        const QRect r = rects.at(i);
        QColor fill = phaseColor(phase.kind);
        if (!phase.isOpen())
            fill = fill.lighter(125);
        painter.setPen(QPen(pal.color(QPalette::Base), 1));
        painter.setBrush(fill);
        painter.drawRect(r);

        const int days = int(phase.startDate.daysTo(endOf(phase)) + 1);
        const QString text = label(phase.kind) + QStringLiteral(" \u00B7 ") + Format::days(days);
        painter.setPen(Qt::white);
        painter.drawText(r.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(text, Qt::ElideRight, qMax(0, r.width() - 10)));

        // Below the bar: each start date, skipped where it would overprint the previous one.
        const QString start = Format::date(phase.startDate);
        const int textWidth = fm.horizontalAdvance(start) + 2;
        // Near the right end the date is drawn to the left of its tick so it stays visible.
        const int x = qMin(r.left(), bar.right() - textWidth);
        if (x > labelRight + 8) {
            const QRect below(x, bar.bottom() + Gap, textWidth, fm.height());
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawLine(r.left(), bar.bottom(), r.left(), bar.bottom() + Gap);
            painter.drawText(below, Qt::AlignLeft | Qt::AlignVCenter, start);
            labelRight = below.right();
        }
    }
    if (m_episode->isOpen()) {
        // "Now" marker at the right end of the open phase.
        painter.setPen(QPen(pal.color(QPalette::WindowText), 2));
        const int x = rects.last().right();
        painter.drawLine(x, bar.top() - 3, x, bar.bottom() + 3);
    }

    // Legend.
    int x = bar.left();
    const int y = bar.bottom() + Gap * 2 + fm.height();
    for (PhaseKind kind : allValues<PhaseKind>()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(phaseColor(kind));
        painter.drawRect(QRect(x, y + (fm.height() - 10) / 2, 10, 10));
        x += 14;
        painter.setPen(pal.color(QPalette::WindowText));
        const QString name = label(kind);
        painter.drawText(QRect(x, y, fm.horizontalAdvance(name) + 2, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, name);
        x += fm.horizontalAdvance(name) + 16;
    }
}

bool PhaseTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_episode) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QList<QRect> rects = segmentRects();
        for (int i = 0; i < rects.size(); ++i) {
            if (!rects.at(i).contains(help->pos()))
                continue;
            const Phase& phase = m_episode->phases.at(i);
            // Only our own formatted values: the free-text reason stays out of tooltips.
            const QString text = tr("%1: %2 to %3\nPlan: %4")
                                     .arg(label(phase.kind), Format::date(phase.startDate),
                                         phase.isOpen() ? tr("today") : Format::date(phase.endDate),
                                         Format::plan(phase.plan));
            QToolTip::showText(help->globalPos(), text, this, rects.at(i));
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

QString PhaseTimeline::summary() const
{
    if (!m_episode)
        return tr("No episode of care.");
    QStringList parts;
    for (const Phase& phase : m_episode->phases) {
        parts << tr("%1 from %2").arg(label(phase.kind), Format::date(phase.startDate));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace stepwise
