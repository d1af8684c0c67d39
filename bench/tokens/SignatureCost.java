import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/**
 * What signing and verifying an access token costs this JVM, for RS256 (RSA-2048, what the service
 * uses) and ES256 (P-256): the service signs a token once per sign-in or refresh and verifies it on
 * every signed-in request, so the cheaper pair is the one whose verification is cheap.
 *
 *   java bench/tokens/SignatureCost.java [ROUNDS]        default 5 rounds of 2,000 of each
 *
 * Prints each round's milliseconds per signature and per verification; the last rounds are the
 * warmed-up figures. Run it on a quiet machine.
 */
public class SignatureCost {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        measure("RS256 (SHA256withRSA, 2048 bits)", "SHA256withRSA", rsa.generateKeyPair(), rounds);
        measure("ES256 (SHA256withECDSA, P-256)", "SHA256withECDSA", ec.generateKeyPair(), rounds);
    }

    private static void measure(String name, String algorithm, KeyPair keys, int rounds) throws Exception {
        // about the size of the service's signing input: header and claims, base64url
        byte[] input = new byte[320];
        new SecureRandom().nextBytes(input);
        int n = 2000;
        byte[] signature = null;
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Signature s = Signature.getInstance(algorithm);
                s.initSign(keys.getPrivate());
                s.update(input);
                signature = s.sign();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Signature s = Signature.getInstance(algorithm);
                s.initVerify(keys.getPublic());
                s.update(input);
                if (!s.verify(signature)) {
                    throw new AssertionError("a signature did not verify");
                }
            }
            long t2 = System.nanoTime();
            System.out.printf("%s round %d: sign %.3f ms, verify %.3f ms%n", name, round, (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
        }
    }
}
