/** Progress of long fan-outs, as lines a driver prints at a steady interval. */
package dev.synthforge.core.progress;
