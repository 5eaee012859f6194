package dev.attune.learning;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The first level of the learned-score models: least squares (Commons Math, QR) of outcome scores on the
 * difficulty columns and, last, the anchored score term whose coefficient is the effect being learned.
 *
 * @param effect    the last column's coefficient (K for empathy, P for proficiency), positive
 * @param noiseSd   the residual standard deviation σ
 * @param residuals each call's residual
 */
record EffectRegression(double effect, double noiseSd, double[] residuals) {

    /** Null when the effect has no support: the columns are collinear, or outcomes show no positive effect. */
    static EffectRegression fit(double[] y, double[][] x) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta;
        try {
            beta = ols.estimateRegressionParameters();
        } catch (SingularMatrixException e) {
            // All anchors alike (or no spread in a column): the effect has nothing to be measured against.
            return null;
        }
        double effect = beta[beta.length - 1];
        if (!(effect > 0)) {
            return null;
        }
        return new EffectRegression(effect, Math.sqrt(ols.estimateErrorVariance()), ols.estimateResiduals());
    }
}
