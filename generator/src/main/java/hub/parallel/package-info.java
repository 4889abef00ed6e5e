/**
 * Work over a list on every core (JDK only, no other hub package; every stage may use it). Parallel streams
 * cut a list into four pieces per worker of the common pool: on two cores, four pieces, so whichever core
 * took the last piece worked on alone for up to a quarter of the stage (2 s of the render stage at 10,000
 * documents). Here each thread takes the next few items when it is done, so the cores finish together.
 */
package hub.parallel;
